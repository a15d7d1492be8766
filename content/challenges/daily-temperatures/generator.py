# Trusted input generator for complexity measurement (docs/content-format.md).
# Temperatures that never rise (a random walk down, with many equal neighbours: equal is not
# warmer), then one day warmer than all of them at the very end. Scanning forward from each day
# reaches that last day every time (about n²/2 steps); the monotonic stack holds every day until
# the end, then pops them all.
from itertools import accumulate


def generate(n, rng):
    if n < 2:
        return [[0] * n]
    drops = [b % 3 for b in rng.randbytes(n - 1)]
    temps = list(accumulate(drops, lambda t, d: t - d, initial=n))[: n - 1]
    return [temps + [n + 1]]
