def contains(values, x):
    return any(v == x for v in values)
