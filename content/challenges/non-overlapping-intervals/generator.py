# Trusted input generator for complexity measurement (docs/content-format.md).
# n intervals in random order with random starts and random lengths, many overlapping: the
# greedy pass sorts (real work, nothing is presorted) and keeps a fair share of them. The
# dynamic programme over every earlier interval is O(n^2) whatever the input.

# Sizes stop at 32768: the harness copies nested lists item by item for every call, and at
# 65536 making and copying the input costs more of the one-second budget than the call.

SIZES = [1 << k for k in range(4, 16)]


def generate(n, rng):
    raw = memoryview(rng.randbytes(8 * n)).cast("I")
    # Starts over 2^30 (shifted to include negatives); lengths up to 2^30 / n, so each interval
    # overlaps a few others.
    longest = max(1, (1 << 31) // max(n, 1))
    starts = [x % (1 << 30) - (1 << 29) for x in raw[:n]]
    return [[[s, s + 1 + d % longest] for s, d in zip(starts, raw[n:])]]
