# Trusted input generator for complexity measurement (docs/content-format.md).
# n/2 distinct characters (CJK and beyond, one per code point) written twice: "abc...abc...".
# The window grows to n/2 and then slides, and every character of the second half repeats one
# inside the window. Extending from every start until a character repeats reads about n/2
# characters per start: O(n^2), since the alphabet grows with n.


def generate(n, rng):
    half = max(n // 2, 1)
    # Code points from U+20000 up, above the surrogates; a random offset so runs differ by seed.
    first = 0x20000 + rng.randrange(0x10000)
    block = "".join(map(chr, range(first, first + half)))
    return [block + block]
