# A palindrome of letters, digits and punctuation: every character must be compared, and the
# answer is only known at the middle.


def generate(n, rng):
    alphabet = "abcXYZ019 ,.:!"
    half = "".join(alphabet[b % len(alphabet)] for b in rng.randbytes(max(1, n // 2)))
    return [half + half[::-1]]
