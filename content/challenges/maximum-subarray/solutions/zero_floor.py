# A common slip: starting the best sum at 0, which is wrong when every number is negative.
def max_subarray(nums):
    best = current = 0
    for x in nums:
        current = max(0, current + x)
        best = max(best, current)
    return best
