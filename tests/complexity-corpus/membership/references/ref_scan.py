def contains(values, x):
    for v in values:
        if v == x:
            return True
    return False
