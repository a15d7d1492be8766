def is_int(x):
    return type(x) == int  # expect: type-comparison
