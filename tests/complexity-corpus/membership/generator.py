# A set of n random 32-bit numbers and a number that is not in it: a scan reads everything.
# Large values keep the set's iteration order unsorted (small ints hash to themselves).


def generate(n, rng):
    return [set(memoryview(rng.randbytes(4 * n)).cast("I")), -7]
