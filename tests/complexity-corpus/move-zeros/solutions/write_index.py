def move_zeros(nums):
    last = 0
    for i, x in enumerate(nums):
        if x != 0:
            nums[last] = x
            last += 1
    nums[last:] = [0] * (len(nums) - last)
