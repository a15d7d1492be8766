def contains(values, x):
    return x in values
