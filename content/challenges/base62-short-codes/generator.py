# Trusted input generator for complexity measurement (docs/content-format.md).
# The input is the number itself, and the work is one step per base-62 digit, so the time grows
# like log n. Sizes are powers of four up to 2^30 (1 to 6 digits): doubling from 16 to 65536
# would cover only 1 to 3 digits, too little growth to tell from a constant. The largest number
# below each size has the most digits for that size.
SIZES = [2 ** k for k in range(4, 31, 2)]


def generate(n, rng):
    return [n - 1]
