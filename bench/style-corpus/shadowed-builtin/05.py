def running_max(nums):
    max = nums[0]  # expect: shadowed-builtin
    for n in nums:
        if n > max:
            max = n
    return max
