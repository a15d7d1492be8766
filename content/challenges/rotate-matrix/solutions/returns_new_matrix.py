# A common slip: computing the right answer but returning a new matrix,
# so the caller's matrix never changes.
def rotate(matrix):
    return [list(row) for row in zip(*matrix[::-1])]
