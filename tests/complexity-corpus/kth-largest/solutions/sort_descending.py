def kth_largest(nums, k):
    ordered = sorted(nums, reverse=True)
    return ordered[k - 1]
