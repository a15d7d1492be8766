def kth_largest(nums, k):
    for x in nums:
        larger = 0
        for y in nums:
            if y > x:
                larger += 1
        if larger == k - 1:
            return x
