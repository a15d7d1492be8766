# Random positive and negative values: the best run can sit anywhere, so every approach reads
# everything; a rescan of every start costs about n²/2.


def generate(n, rng):
    return [[x % 2001 - 1000 for x in memoryview(rng.randbytes(4 * n)).cast("I")]]
