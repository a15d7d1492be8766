# Trusted input generator for complexity measurement (docs/content-format.md).
# n short intervals at random places in random order: almost none overlap, so the answer keeps
# nearly all n of them. Sorting is real work, and absorbing intervals one at a time into the
# list merged so far scans a list that grows to n: O(n^2).

# Sizes stop at 32768: the harness copies nested lists item by item for every call, and at
# 65536 making and copying the input costs more of the one-second budget than the call.

SIZES = [1 << k for k in range(4, 16)]


def generate(n, rng):
    low = 1 << 34
    # Starts 8 apart on a grid of 2^32 slots (shifted to include negatives), lengths 0..7: two
    # intervals overlap only when their random slots are equal (about once in 65536 draws).
    return [[[8 * x - low, 8 * x - low + x % 8] for x in memoryview(rng.randbytes(4 * n)).cast("I")]]
