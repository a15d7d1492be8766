def kth_largest(nums, k):
    return sorted(nums)[len(nums) - k]
