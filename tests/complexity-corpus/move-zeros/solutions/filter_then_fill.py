def move_zeros(nums):
    kept = [x for x in nums if x]
    nums[:] = kept + [0] * (len(nums) - len(kept))
