def move_zeros(nums):
    write = 0
    for x in nums:
        if x:
            nums[write] = x
            write += 1
    for i in range(write, len(nums)):
        nums[i] = 0
