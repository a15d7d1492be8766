def search(nums, target, lo=0, hi=None):
    if hi is None:
        hi = len(nums)
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if nums[mid] == target:
        return mid
    if nums[mid] < target:
        return search(nums, target, mid + 1, hi)
    return search(nums, target, lo, mid)
