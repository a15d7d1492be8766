# Trusted input generator for complexity measurement (docs/content-format.md).
# Random amounts where every station gains a little, except the second-to-last, which costs more
# than all the gains before it, and the last, which gains enough to pay for it: the only valid
# start is the last station. Trying every start (the brute force) drives from each one to the
# second-to-last before failing, about n²/2 steps; the one-pass answer reads every station.


def generate(n, rng):
    if n < 3:
        return [[1] * n, [0] * n]
    m = n - 2
    cost = [x % 1_000_000 for x in memoryview(rng.randbytes(4 * m)).cast("I")]
    gains = [1 + b % 100 for b in rng.randbytes(m)]
    gas = [c + g for c, g in zip(cost, gains)]
    # Stations n-2 and n-1: lose `deficit` (more than every gain before), then win it back.
    deficit = sum(gains) + 1 + rng.randrange(1000)
    low, high = rng.randrange(1000), rng.randrange(1000)
    gas += [low, high + deficit]
    cost += [low + deficit, high]
    return [gas, cost]
