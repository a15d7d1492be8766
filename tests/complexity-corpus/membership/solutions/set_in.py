def contains(values, x):
    return values.__contains__(x)
