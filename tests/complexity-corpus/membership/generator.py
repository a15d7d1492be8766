# A set of n numbers and a number that is not in it: a scan reads everything.


def generate(n, rng):
    values = set(rng.sample(range(4 * n), n))
    return [values, -7]
