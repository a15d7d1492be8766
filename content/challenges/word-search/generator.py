# Trusted input generator for complexity measurement (docs/content-format.md).
# n is the length of the word, on a fixed 8 x 8 board (the largest the statement allows). The
# board is all "A" but two "B" cells; the word is "B", n - 2 "A"s, "B". Letter counts pass,
# both ends are equally rare (so reversing the word gains nothing), and a path of n - 1 steps
# between the two "B"s is impossible by parity (a step on a grid changes r + c by one), so the
# answer is False only after every self-avoiding walk of the "A"s from the first "B" has been
# tried: that count grows about 2.6-fold per letter, O(2^n).

SIZES = list(range(3, 17))


def generate(n, rng):
    side = 8
    board = [["A"] * side for _ in range(side)]
    # The first "B" near the middle, where the walks have the most room; the second where the
    # parity of its distance from the first differs from that of n - 1.
    board[3][3] = "B"
    r, c = (0, 0) if (n - 1) % 2 == 1 else (0, 1)   # distance 6 (even) or 5 (odd)
    board[r][c] = "B"
    return [board, "B" + "A" * (n - 2) + "B"]
