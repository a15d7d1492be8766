def rob(nums: list[int]) -> int:
    """Return the largest sum of nums taking no two adjacent entries."""
    pass
