# Distinct odd numbers: three odd numbers never sum to zero, so nothing stops early and the
# answer is 0.


def generate(n, rng):
    nums = [2 * v + 1 for v in rng.sample(range(-2 * n, 2 * n), n)]
    return [nums]
