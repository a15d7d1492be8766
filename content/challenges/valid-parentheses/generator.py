# Trusted input generator for complexity measurement (docs/content-format.md).
# n/2 random opening brackets, then the matching closers in reverse order, except that the very
# last closer is the wrong kind: the answer (False) shows only at the last character, and the
# stack grows to n/2. Deleting adjacent pairs until nothing changes removes one pair per round
# here: n/2 rounds over the string, O(n^2).


def generate(n, rng):
    half = max(n // 2, 1)
    openers = rng.randbytes(half).translate(bytes(b"([{"[b % 3] for b in range(256))).decode("ascii")
    closers = openers[::-1].translate(str.maketrans("([{", ")]}"))
    # The last closer should close the first opener; swap it for another kind.
    wrong = {"(": "]", "[": "}", "{": ")"}[openers[0]]
    return [openers + closers[:-1] + wrong]
