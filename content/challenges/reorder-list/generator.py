# Trusted input generator for complexity measurement (docs/content-format.md).
# n nodes with random values: every approach relinks the whole list, and detaching the tail
# from the front each time walks the rest of the list for every node: O(n^2).

# Sizes start at 128: every call gets its own fresh copy of the list, made ahead in a batch,
# and below about 100 nodes the whole batch fits in the CPU cache, so the smallest sizes ran
# several times faster per node than the rest and bent the curve.

SIZES = [1 << k for k in range(7, 17)]


def generate(n, rng):
    head = None
    for value in memoryview(rng.randbytes(4 * n)).cast("i"):
        head = ListNode(value, head)  # noqa: F821 - provided to the generator by the harness
    return [head]
