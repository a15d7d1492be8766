# Distinct odd numbers: three odd numbers never sum to zero, so there is no triple to find and
# nothing to stop early; sizes stay small (the optimal solution is quadratic).
SIZES = [16, 32, 64, 128, 256, 512, 1024, 2048]


def generate(n, rng):
    values = rng.sample(range(-4 * n, 4 * n), n)
    return [[2 * v + 1 for v in values]]
