def largest(nums):
    best = nums[0]
    for i in range(0, len(nums)):  # expect: range-len-loop
        if nums[i] > best:
            best = nums[i]
    return best
