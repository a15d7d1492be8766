def kth_largest(nums, k):
    for x in nums:
        if sum(1 for y in nums if y > x) == k - 1:
            return x
