# Every value twice except one, shuffled, the single one last: nothing can stop early.


def generate(n, rng):
    half = max(1, n // 2)
    values = list(memoryview(rng.randbytes(4 * half)).cast("I"))
    pairs = values + values
    keys = memoryview(rng.randbytes(4 * len(pairs))).cast("I")
    nums = [x for _, x in sorted(zip(keys, pairs))]
    return [nums + [(1 << 33) + 1]]
