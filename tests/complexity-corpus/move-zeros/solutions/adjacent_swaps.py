def move_zeros(nums):
    n = len(nums)
    for i in range(n - 1, -1, -1):
        if nums[i] == 0:
            j = i
            while j + 1 < n and nums[j + 1] != 0:
                nums[j], nums[j + 1] = nums[j + 1], nums[j]
                j += 1
