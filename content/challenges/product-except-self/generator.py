# No zeros, and values of 1 and -1 only, so products stay small integers: the work is the
# number of multiplications, not the size of ever-growing integers.


def generate(n, rng):
    return [[1 if b & 1 else -1 for b in rng.randbytes(n)]]
