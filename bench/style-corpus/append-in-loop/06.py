def numbered(items):
    pairs = []
    for i, item in enumerate(items):  # expect: append-in-loop
        pairs.append((i, item))
    return pairs
