def min_eating_speed(piles: list[int], h: int) -> int:
    """Return the smallest bananas-per-hour speed that finishes all piles within h hours."""
    pass
