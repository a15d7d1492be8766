# Trusted input generator for complexity measurement (docs/content-format.md).
# n is the length of s. s is random lowercase letters with one "Z" at the very end; t is a random
# piece of s, n/16 letters long, plus that "Z". Every window that covers t ends at the last
# character, so the sliding window does its full O(len(s) + len(t)) work, and extending a window
# from every start until it covers t reads to the end each time: O(n^2).


def generate(n, rng):
    n = max(n, 2)
    letters = bytes(ord("a") + b % 26 for b in range(256))
    body = rng.randbytes(n - 1).translate(letters).decode("ascii")
    size = n // 16 + 1
    start = rng.randrange(len(body) - size + 1) if len(body) >= size else 0
    return [body + "Z", body[start:start + size] + "Z"]
