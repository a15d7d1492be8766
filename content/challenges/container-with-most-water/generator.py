# Random heights: the two-pointer walk and every pair (the brute force) both read everything.


def generate(n, rng):
    return [[x % 10001 for x in memoryview(rng.randbytes(4 * max(n, 2))).cast("I")]]
