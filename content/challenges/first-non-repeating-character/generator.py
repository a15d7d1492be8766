# Trusted input generator for complexity measurement (docs/content-format.md).
# Random lower-case letters, each written twice (the first half, then the same letters
# reversed), and the only character that appears once at the very end: every approach reads the
# whole string, and counting each character by rescanning (the brute force) costs n².
LETTERS = bytes(97 + i % 26 for i in range(256))


def generate(n, rng):
    half = rng.randbytes(max(0, n - 1) // 2).translate(LETTERS).decode("ascii")
    return [half + half[::-1] + "Z"]
