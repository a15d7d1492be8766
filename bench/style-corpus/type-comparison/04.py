def is_number(x):
    return type(x) in (int, float)  # expect: type-comparison
