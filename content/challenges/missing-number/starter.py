def missing_number(nums: list[int]) -> int:
    """Return the one number of 0..len(nums) that is not in nums."""
    pass
