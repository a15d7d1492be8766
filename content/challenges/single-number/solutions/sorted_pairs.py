# A common slip: after sorting, compare neighbours in pairs, but forget the case where the
# single number sorts last.
def single_number(nums):
    nums = sorted(nums)
    for i in range(0, len(nums) - 1, 2):
        if nums[i] != nums[i + 1]:
            return nums[i]
    return nums[0]
