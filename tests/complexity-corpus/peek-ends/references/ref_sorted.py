def peek(nums):
    ordered = sorted(nums)
    return ordered[0] + ordered[-1]
