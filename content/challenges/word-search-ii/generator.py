# Trusted input generator for complexity measurement (docs/content-format.md).
# n is the number of words. A fixed 12 x 12 board of o's and c's, and n distinct words that all
# start with the same six letters (spelled along the top row, and along many other paths of
# the board) followed by four more letters. Searching word by word retraces the hundreds of
# paths of the shared beginning once per word; a trie walks them once, so what grows with n is
# building the trie.
from itertools import islice, product


def generate(n, rng):
    board = [[rng.choice("oc") for _ in range(12)] for _ in range(12)]
    board[0][:6] = list("ococco")
    letters = list("abcdefghijklmnopqrstuvwxyz")
    rng.shuffle(letters)
    words = ["ococco" + "".join(tail) for tail in islice(product(letters, repeat=4), max(n, 1))]
    return [board, words]
