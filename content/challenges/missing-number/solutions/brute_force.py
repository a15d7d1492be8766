def missing_number(nums):
    for candidate in range(len(nums) + 1):
        if candidate not in nums:
            return candidate
