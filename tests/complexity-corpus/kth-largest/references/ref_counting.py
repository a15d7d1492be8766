def kth_largest(nums, k):
    counts = [0] * (max(nums) + 1)
    for x in nums:
        counts[x] += 1
    for value in range(len(counts) - 1, -1, -1):
        k -= counts[value]
        if k <= 0:
            return value
