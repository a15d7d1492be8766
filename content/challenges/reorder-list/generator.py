# Trusted input generator for complexity measurement (docs/content-format.md).
# n nodes with random values: every approach relinks the whole list, and detaching the tail
# from the front each time walks the rest of the list for every node: O(n^2).


def generate(n, rng):
    head = None
    for value in memoryview(rng.randbytes(4 * n)).cast("i"):
        head = ListNode(value, head)  # noqa: F821 - provided to the generator by the harness
    return [head]
