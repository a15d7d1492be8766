# Random values then a descending run, window k = n // 4 + 1: a rescan of every window costs
# about n²/4, and the descending run makes the monotonic deque hold many indices at once.


def generate(n, rng):
    nums = list(memoryview(rng.randbytes(4 * (n // 2))).cast("I"))
    nums += list(range(n - n // 2, 0, -1))
    return [nums, n // 4 + 1]
