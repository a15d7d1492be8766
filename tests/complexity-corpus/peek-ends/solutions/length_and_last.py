def peek(nums):
    return len(nums) * 2 + nums[-1]
