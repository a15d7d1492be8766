def peek(nums):
    return sum(nums)
