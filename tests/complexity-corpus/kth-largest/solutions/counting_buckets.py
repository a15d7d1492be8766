def kth_largest(nums, k):
    low, high = min(nums), max(nums)
    buckets = [0] * (high - low + 1)
    for x in nums:
        buckets[x - low] += 1
    for offset in range(len(buckets) - 1, -1, -1):
        k -= buckets[offset]
        if k <= 0:
            return low + offset
