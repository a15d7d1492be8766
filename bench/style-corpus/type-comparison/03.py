def is_list(x):
    return type(x) is list  # expect: type-comparison
