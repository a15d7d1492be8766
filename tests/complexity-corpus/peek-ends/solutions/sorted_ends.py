def peek(nums):
    s = sorted(nums)
    return s[0] + s[-1]
