# Random distinct values in random order with runs scattered among them: sorting is real work
# and a walk from every value (the brute force) is long.


def generate(n, rng):
    starts = memoryview(rng.randbytes(4 * max(1, n // 8))).cast("I")
    values = {8 * s + i for s in starts for i in range(8)}
    keys = memoryview(rng.randbytes(4 * len(values))).cast("I")
    return [[x for _, x in sorted(zip(keys, values))][:n]]
