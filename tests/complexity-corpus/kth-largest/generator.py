# n distinct numbers below 4n in random order, k = n // 4 + 1: a size-k heap does log n work per
# element, and nothing can stop early.


def generate(n, rng):
    nums = rng.sample(range(4 * n), n)
    return [nums, n // 4 + 1]
