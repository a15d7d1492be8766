# Trusted input generator for complexity measurement (docs/content-format.md).
# n random ten-letter words over all 26 letters, sorted by a random alien alphabet: every
# neighbouring pair has to be compared, and comparing every pair of words costs n^2 / 2.
import string


def generate(n, rng):
    n = max(n, 2)
    letters = string.ascii_lowercase
    # n * 10 random letters at C speed: bytes -> index 0..25 -> letter.
    to_letter = bytes(ord(letters[b % 26]) for b in range(256))
    text = rng.randbytes(10 * n).translate(to_letter).decode()
    words = [text[i:i + 10] for i in range(0, 10 * n, 10)]
    alien = "".join(rng.sample(letters, 26))
    rank = str.maketrans(alien, letters)       # alien order -> ordinary order, for sorting
    words.sort(key=lambda w: w.translate(rank))
    return [words]
