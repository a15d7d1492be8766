def invert(pairs):
    dict = {}  # expect: shadowed-builtin
    for k, v in pairs:
        dict[v] = k
    return dict
