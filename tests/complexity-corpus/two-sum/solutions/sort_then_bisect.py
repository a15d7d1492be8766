from bisect import bisect_left


def two_sum(nums, target):
    order = sorted(range(len(nums)), key=nums.__getitem__)
    values = [nums[i] for i in order]
    for k, x in enumerate(values):
        j = bisect_left(values, target - x, k + 1)
        if j < len(values) and values[j] == target - x:
            return [order[k], order[j]]
    return []
