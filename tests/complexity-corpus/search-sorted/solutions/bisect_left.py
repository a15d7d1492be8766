import bisect


def search(nums, target):
    i = bisect.bisect_left(nums, target)
    if i != len(nums) and nums[i] == target:
        return i
    return -1
