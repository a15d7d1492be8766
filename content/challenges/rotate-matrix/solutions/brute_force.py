# Build the rotated matrix separately, then copy it back into the caller's lists.
def rotate(matrix):
    n = len(matrix)
    rotated = [[0] * n for _ in range(n)]
    for r in range(n):
        for c in range(n):
            rotated[c][n - 1 - r] = matrix[r][c]
    for r in range(n):
        matrix[r][:] = rotated[r]
