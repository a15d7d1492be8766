def three_sum(nums: list[int]) -> list[list[int]]:
    """Return every distinct triple of values from nums (different positions) summing to zero."""
    pass
