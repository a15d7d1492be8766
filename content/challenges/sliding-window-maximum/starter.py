def max_sliding_window(nums: list[int], k: int) -> list[int]:
    """Return the maximum of every window of k consecutive numbers, left to right."""
    pass
