def double_in_place(nums):
    for i in range(len(nums)):
        nums[i] *= 2
