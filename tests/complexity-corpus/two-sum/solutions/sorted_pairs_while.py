def two_sum(nums, target):
    order = sorted(range(len(nums)), key=lambda i: nums[i])
    i, j = 0, len(order) - 1
    while i < j:
        s = nums[order[i]] + nums[order[j]]
        if s < target:
            i += 1
        elif s > target:
            j -= 1
        else:
            return [order[i], order[j]]
    return []
