class KthLargest:
    """Reports the k-th largest number of a growing stream."""

    def __init__(self, k: int, nums: list[int]):
        pass

    def add(self, val: int) -> int:
        """Record val and return the current k-th largest number."""
        pass
