# Random values with window k = n // 4 + 1, so a rescan of every window costs about n²/4, and
# a descending stretch makes the monotonic deque hold many indices at once.


def generate(n, rng):
    nums = [rng.randrange(1_000_000) for _ in range(n // 2)]
    nums += list(range(n - n // 2, 0, -1))
    return [nums, n // 4 + 1]
