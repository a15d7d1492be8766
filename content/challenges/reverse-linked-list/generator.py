# Trusted input generator for complexity measurement (docs/content-format.md).
# n nodes with random values: every approach visits every node, and walking to the tail again
# for each node is O(n^2).


def generate(n, rng):
    head = None
    for value in memoryview(rng.randbytes(4 * n)).cast("i"):
        head = ListNode(value, head)  # noqa: F821 - provided to the generator by the harness
    return [head]
