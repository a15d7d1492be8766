def rotate(matrix):
    matrix[:] = [list(row) for row in zip(*matrix[::-1])]
