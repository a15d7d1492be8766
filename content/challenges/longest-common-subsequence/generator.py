# Trusted input generator for complexity measurement (docs/content-format.md).
# n is the length of both strings: random letters from a four-letter alphabet, so matches are
# common enough to make the subsequence long and both kinds of cell occur. The table has n²
# cells, so sizes grow by about √2 (doubling would quadruple the time per step and leave too few
# sizes inside the budget); trying every subsequence (the brute force) is exponential and does
# not finish even the first size.
SIZES = [16, 23, 32, 45, 64, 91, 128, 181, 256, 362, 512, 724, 1024]
LETTERS = bytes(97 + i % 4 for i in range(256))


def generate(n, rng):
    return [rng.randbytes(n).translate(LETTERS).decode("ascii"), rng.randbytes(n).translate(LETTERS).decode("ascii")]
