# Random values then a decreasing run, window k = n // 4 + 1: rescanning every window costs
# about n²/4, and the decreasing run keeps many indices in the monotonic deque.


def generate(n, rng):
    nums = [x % 20001 - 10000 for x in memoryview(rng.randbytes(4 * (n // 2))).cast("I")]
    nums += list(range(n - n // 2, 0, -1))
    return [nums, n // 4 + 1]
