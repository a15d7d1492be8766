# Trusted input generator for complexity measurement (docs/content-format.md).
# n is the number of elements, as the statement says: a rows x cols matrix with rows about the
# square root of n (cols is rows or twice rows), random values. Every approach reads each
# element once: O(n).


def generate(n, rng):
    n = max(n, 1)
    rows = 1 << (n.bit_length() - 1) // 2
    cols = n // rows
    values = memoryview(rng.randbytes(4 * rows * cols)).cast("i")  # random signed 32-bit values
    return [[values[r * cols:(r + 1) * cols].tolist() for r in range(rows)]]
