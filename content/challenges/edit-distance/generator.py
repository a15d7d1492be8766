# Trusted input generator for complexity measurement (docs/content-format.md).
# n is the length of both strings: random lower-case letters, so nearly every pair of
# characters differs and the table's cells take the three-way minimum. The table has n² cells,
# so sizes grow by about √2 (doubling would quadruple the time per step and leave too few sizes
# inside the budget); exploring every sequence of edits (the brute force) is exponential and
# does not finish even the first size.
SIZES = [16, 23, 32, 45, 64, 91, 128, 181, 256, 362, 512, 724, 1024]
LETTERS = bytes(97 + i % 26 for i in range(256))


def generate(n, rng):
    return [rng.randbytes(n).translate(LETTERS).decode("ascii"), rng.randbytes(n).translate(LETTERS).decode("ascii")]
