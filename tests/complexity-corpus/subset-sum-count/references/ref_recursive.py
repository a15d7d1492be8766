def count_subsets(nums, target):
    def go(i, total):
        if i == len(nums):
            return 1 if total == target else 0
        return go(i + 1, total) + go(i + 1, total + nums[i])
    return go(0, 0)
