def has_pair(nums, target):
    values = sorted(nums)
    for n in nums:
        if target - n in values:  # expect: membership-in-list
            return True
    return False
