# Too slow: turn each ring one cell at a time, repeating the one-cell shift
# (ring side - 1) times. Each ring costs O(side²), the whole matrix O(n³).
def rotate(matrix):
    n = len(matrix)
    for layer in range(n // 2):
        first, last = layer, n - 1 - layer
        ring = ([(first, c) for c in range(first, last)]
                + [(r, last) for r in range(first, last)]
                + [(last, c) for c in range(last, first, -1)]
                + [(r, first) for r in range(last, first, -1)])
        for _ in range(last - first):
            carry = matrix[ring[-1][0]][ring[-1][1]]
            for r, c in ring:
                matrix[r][c], carry = carry, matrix[r][c]
