def same_type(a, b):
    return type(a) is type(b)
