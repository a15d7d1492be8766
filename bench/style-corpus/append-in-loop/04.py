def flatten(matrix):
    flat = []
    for row in matrix:  # expect: append-in-loop
        for value in row:
            flat.append(value)
    return flat
