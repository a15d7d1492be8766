def has_duplicates(nums):
    return len(set(nums)) != len(nums)
