# Trusted input generator for complexity measurement (docs/content-format.md).
# n is the number of elements, as the statement says: a square matrix of random values, its side
# growing by about the square root of 2 so that n about doubles. Every approach reads each
# element once: O(n). The matrix stays square because the share of elements read along rows
# (a fast slice) and down columns (a Python loop) depends on the shape: a shape that changed from
# size to size would bend the curve.

SIDES = [4, 6, 8, 11, 16, 23, 32, 45, 64, 91, 128, 181, 256]
SIZES = [side * side for side in SIDES]


def generate(n, rng):
    side = max(1, round(n ** 0.5))
    values = memoryview(rng.randbytes(4 * side * side)).cast("i")  # random signed 32-bit values
    return [[values[r * side:(r + 1) * side].tolist() for r in range(side)]]
