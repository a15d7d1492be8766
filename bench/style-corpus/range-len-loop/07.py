def two_sum(nums, target):
    for i in range(len(nums)):  # expect: range-len-loop
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return [i, j]
    return []
