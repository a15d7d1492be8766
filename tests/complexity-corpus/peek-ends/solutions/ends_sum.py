def peek(nums):
    first, last = nums[0], nums[len(nums) - 1]
    return first + last
