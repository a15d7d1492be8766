# n random numbers, about half of them zero, in random order: every approach moves many zeros,
# and swapping each zero step by step to the end walks about n/2 places for each of n/2 zeros.
# Distinct non-zero values make a sort by key do real work to keep their order.


def generate(n, rng):
    nums = [x if x & 1 else 0 for x in memoryview(rng.randbytes(4 * n)).cast("I")]
    return [nums]
