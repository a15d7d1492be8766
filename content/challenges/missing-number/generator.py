# 0..n with one number missing, in random order; the missing one is near the end of the range.


def generate(n, rng):
    missing = n - 1 - rng.randrange(max(1, n // 16))
    nums = [x for x in range(n + 1) if x != missing]
    keys = memoryview(rng.randbytes(4 * n)).cast("I")
    return [[x for _, x in sorted(zip(keys, nums))]]
