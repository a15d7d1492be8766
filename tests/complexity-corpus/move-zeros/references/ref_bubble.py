def move_zeros(nums):
    end = len(nums)
    for i in range(len(nums) - 1, -1, -1):
        if nums[i] == 0:
            for j in range(i, end - 1):
                nums[j], nums[j + 1] = nums[j + 1], nums[j]
            end -= 1
