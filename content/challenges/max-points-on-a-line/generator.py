# Trusted input generator for complexity measurement (docs/content-format.md).
# n distinct random points spread over +-10^9: hardly three on a line, so no line shortcut
# ends the search early, and every point sees about n different slopes, so the slope table of
# the O(n^2) solution grows to its full size. Checking every pair against every point is O(n^3).
# Sizes stop at 4096: a quadratic solution takes seconds beyond that.

SIZES = [16, 32, 64, 128, 256, 512, 1024, 2048, 4096]


def generate(n, rng):
    span = 2 * 10**9 + 1
    while True:
        raw = memoryview(rng.randbytes(8 * n)).cast("I")
        xs, ys = raw[:n], raw[n:]
        points = [[x % span - 10**9, y % span - 10**9] for x, y in zip(xs, ys)]
        # The statement promises distinct points; a repeat is rare, and then we draw again.
        if len({(x, y) for x, y in points}) == n:
            return [points]
