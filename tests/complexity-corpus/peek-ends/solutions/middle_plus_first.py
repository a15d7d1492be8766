def peek(nums):
    return nums[len(nums) // 2] + nums[0]
