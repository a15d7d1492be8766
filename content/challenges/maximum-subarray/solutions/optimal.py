def max_subarray(nums: list[int]) -> int:
    best = current = nums[0]
    for x in nums[1:]:
        # Either extend the run ending at the previous element, or start afresh at x.
        current = max(x, current + x)
        best = max(best, current)
    return best
