# Fast once cached, but still one stack frame per house: too deep for long rows.
from functools import cache


def rob(nums):
    @cache
    def best(i):
        if i < 0:
            return 0
        return max(best(i - 1), best(i - 2) + nums[i])

    return best(len(nums) - 1)
