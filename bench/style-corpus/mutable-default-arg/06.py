def collect(value, *, into=dict()):  # expect: mutable-default-arg
    into[value] = True
    return into
