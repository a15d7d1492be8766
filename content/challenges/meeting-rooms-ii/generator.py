# Trusted input generator for complexity measurement (docs/content-format.md).
# n meetings in random order with random starts and long random lengths, so about n/8 overlap
# at the busiest moment: sorting is real work and the heap of rooms in use grows with n.
# Counting, for every meeting, who else is in the room then is O(n^2).

# Sizes stop at 32768: the harness copies nested lists item by item for every call, and at
# 65536 making and copying the input costs more of the one-second budget than the call.

SIZES = [1 << k for k in range(4, 16)]


def generate(n, rng):
    raw = memoryview(rng.randbytes(8 * n)).cast("I")
    # Starts over 2^30 (shifted to include negatives), lengths up to 2^27.
    starts = [x % (1 << 30) - (1 << 29) for x in raw[:n]]
    return [[[s, s + 1 + d % (1 << 27)] for s, d in zip(starts, raw[n:])]]
