def peek(nums):
    backwards = nums[::-1]
    return backwards[0] + backwards[-1]
