from collections import Counter


def single_number(nums):
    # Linear time, but O(n) extra memory for the counts.
    return next(x for x, count in Counter(nums).items() if count == 1)
