def is_dict(x):
    return dict == type(x)  # expect: type-comparison
