def max_subarray(nums: list[int]) -> int:
    """Return the largest sum of a contiguous, non-empty run of nums."""
    pass
