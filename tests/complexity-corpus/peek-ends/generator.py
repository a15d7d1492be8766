# Random integers; the O(1) solutions only read the ends, everything else reads the whole list.


def generate(n, rng):
    return [list(memoryview(rng.randbytes(4 * n)).cast("I"))]
