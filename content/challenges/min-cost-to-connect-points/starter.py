def min_cost_connect_points(points: list[list[int]]) -> int:
    """Return the least total Manhattan length of links connecting every point."""
    pass
