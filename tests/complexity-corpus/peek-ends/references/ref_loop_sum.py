def peek(nums):
    total = 0
    for x in nums:
        total += x
    return total
