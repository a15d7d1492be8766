def single_number(nums: list[int]) -> int:
    """Return the value that appears once; every other value appears exactly twice."""
    pass
