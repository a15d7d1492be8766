# Trusted input generator for complexity measurement (docs/content-format.md).
# Worst case for every approach: the only pair sits at the very end, so a scan that stops at the
# answer still reads everything, and the values come in random order, so sorting is real work.


def generate(n, rng):
    n = max(n, 2)
    # n - 2 distinct even numbers: any two of them sum to an even number, never the odd target.
    nums = list(range(0, 4 * n, 4))[: n - 2]
    rng.shuffle(nums)
    # The answer: an odd and an even number far above the rest; with one of the evens above they
    # would need a partner of 10n + 2, which is out of the range used.
    nums += [10 * n + 1, 10 * n + 2]
    return [nums, 20 * n + 3]
