# Trusted input generator for complexity measurement (docs/content-format.md).
# n is the side of the square matrix (as in the statement), random values. Turning it moves
# every one of the n^2 cells: O(n^2). Shifting each ring one cell at a time, as often as the
# ring is long, is O(n^3). Sides grow by about the square root of 2, so the cells double.

SIZES = [4, 6, 8, 11, 16, 23, 32, 45, 64, 91, 128, 181, 256, 362]


def generate(n, rng):
    values = memoryview(rng.randbytes(4 * n * n)).cast("i")  # random signed 32-bit values
    return [[values[r * n:(r + 1) * n].tolist() for r in range(n)]]
