def count_subsets(nums, target):
    n, count = len(nums), 0
    for mask in range(1 << n):
        total = 0
        for i in range(n):
            if mask >> i & 1:
                total += nums[i]
        count += total == target
    return count
