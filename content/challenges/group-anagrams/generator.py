# Trusted input generator for complexity measurement (docs/content-format.md).
# n words of 8 random lower-case letters: n/2 random words, then each of them backwards (an
# anagram) in the same order, so there are about n/2 groups of two. Comparing each word with
# every group so far (the brute force) costs about n²/4 sorted comparisons; a dict of sorted
# keys touches each word once. Word length is fixed, so the key's k log k is a constant.
LETTERS = bytes(97 + i % 26 for i in range(256))


def generate(n, rng):
    half = n // 2
    text = rng.randbytes(8 * half).translate(LETTERS).decode("ascii")
    words = [text[i:i + 8] for i in range(0, 8 * half, 8)]
    return [words + [word[::-1] for word in words] + words[: n - 2 * half]]
