def move_zeros(nums):
    zero = 0
    for i in range(len(nums)):
        if nums[i]:
            nums[zero], nums[i] = nums[i], nums[zero]
            zero += 1
