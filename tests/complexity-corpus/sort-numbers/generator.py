# n random numbers below 4n in random order (made at C speed): sorting is real work, and
# counting sort's range stays proportional to n.


def generate(n, rng):
    bound = 4 * n
    return [[x % bound for x in memoryview(rng.randbytes(4 * n)).cast("I")]]
