# Trusted input generator for complexity measurement (docs/content-format.md).
# n is the total number of nodes, n/2 in each list. Both lists hold sorted random values from
# the same range, so they interleave to the end and neither runs out early. Inserting the nodes
# of one list into the other, searching from the head each time, walks further for every node:
# O(n^2). Collecting the values and sorting them is O(n) here, as Python's sort finds the two
# sorted runs and merges them.

# Sizes start at 128: every call gets its own fresh copy of the list, made ahead in a batch,
# and below about 100 nodes the whole batch fits in the CPU cache, so the smallest sizes ran
# several times faster per node than the rest and bent the curve.

SIZES = [1 << k for k in range(7, 17)]


def generate(n, rng):
    first = n // 2
    raw = memoryview(rng.randbytes(4 * n)).cast("i")
    # Random signed 32-bit values (made at C speed), then sorted.
    l1 = chain(sorted(raw[:first]))
    l2 = chain(sorted(raw[first:]))
    return [l1, l2]


def chain(values):
    head = None
    for value in reversed(values):
        head = ListNode(value, head)  # noqa: F821 - provided to the generator by the harness
    return head
