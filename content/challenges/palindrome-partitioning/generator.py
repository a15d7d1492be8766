# Trusted input generator for complexity measurement (docs/content-format.md).
# "abcabc...": no piece longer than one letter is a palindrome, so there is exactly one answer
# and the cost is all in the search. Backtracking still tests every prefix at every start
# (about n^2 / 2 checks), while listing every set of cuts takes 2^(n-1) steps. n is the length;
# sizes stop at 60, the largest the constraints allow.
SIZES = [4, 8, 12, 16, 20, 24, 32, 40, 48, 60]


def generate(n, rng):
    letters = ["a", "b", "c"]
    rng.shuffle(letters)
    return [("".join(letters) * n)[:n]]
