# n random numbers below 4n in random order, k = n // 4 + 1: a size-k heap does log n work per
# element, and nothing can stop early.


def generate(n, rng):
    bound = 4 * n
    nums = [x % bound for x in memoryview(rng.randbytes(4 * n)).cast("I")]
    return [nums, n // 4 + 1]
