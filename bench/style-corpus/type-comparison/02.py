def need_text(x):
    if type(x) != str:  # expect: type-comparison
        raise TypeError("expected text")
