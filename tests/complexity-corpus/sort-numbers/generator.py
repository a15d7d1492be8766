# n distinct numbers below 4n in random order: sorting is real work, and counting sort's range
# stays proportional to n.


def generate(n, rng):
    nums = rng.sample(range(4 * n), n)
    return [nums]
