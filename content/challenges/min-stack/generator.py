# Trusted input generator for complexity measurement (docs/content-format.md).
# n is the number of operations, timed as one call, so O(1) per operation is O(n) in all.
# First half: pushes of random values. Second half: get_min, push, top, get_min, pop, ... over
# a stack that stays n/2 deep, so recomputing the minimum on each get_min costs O(n) and O(n^2)
# in all.

# Sizes stop at 32768: the harness copies nested lists item by item for every call, and at
# 65536 making and copying the input costs more of the one-second budget than the call.

SIZES = [1 << k for k in range(4, 16)]


def generate(n, rng):
    n = max(n, 8)  # a few pushes come first, so no get_min meets an empty stack
    half = n // 2
    # Random values spread over +-2^31 (made at C speed).
    values = list(memoryview(rng.randbytes(4 * n)).cast("i"))
    operations, arguments = ["MinStack"], [[]]
    operations += ["push"] * (half - 1)
    arguments += [[v] for v in values[:half - 1]]
    cycle = ("get_min", "push", "top", "get_min", "pop")
    rest = n - half
    for i in range(rest):
        op = cycle[i % 5]
        operations.append(op)
        arguments.append([values[half - 1 + i]] if op == "push" else [])
    return [operations, arguments]
