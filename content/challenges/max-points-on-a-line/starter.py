def max_points(points: list[list[int]]) -> int:
    """Return the largest number of the given points lying on one straight line."""
    pass
