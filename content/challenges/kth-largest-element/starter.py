def find_kth_largest(nums: list[int], k: int) -> int:
    """Return the kth largest value of nums (k is 1-based; duplicates count separately)."""
    pass
