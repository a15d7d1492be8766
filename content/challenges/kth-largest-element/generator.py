# Random values, k = n // 4 + 1: a size-k heap does log k work per element and a full sort
# n log n; nothing can stop early.


def generate(n, rng):
    nums = [x % (4 * n) for x in memoryview(rng.randbytes(4 * n)).cast("I")]
    return [nums, n // 4 + 1]
