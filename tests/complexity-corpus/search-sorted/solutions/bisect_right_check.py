from bisect import bisect_right


def search(nums, target):
    i = bisect_right(nums, target) - 1
    return i if i >= 0 and nums[i] == target else -1
