def contains(values, x):
    return x in list(values)
