# Trusted input generator for complexity measurement (docs/content-format.md).
# n is the side of a square grid. The only obstacles sit in the top-right and bottom-left
# corners, which removes just the two paths along the edges: walking every path costs about
# 4^n (the count of paths, C(2n - 2, n - 1)), while counting them fills the n^2 table once.
# Sides grow one by one while walking paths is still measurable, then by about the square root
# of 2, so the cells double.

SIZES = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 16, 23, 32, 45, 64, 91, 128, 181, 256]


def generate(n, rng):
    grid = [[0] * n for _ in range(n)]
    if n >= 3:
        grid[0][n - 1] = 1
        grid[n - 1][0] = 1
    return [grid]
