def sort_numbers(nums):
    out = nums.copy()
    out.sort()
    return out
