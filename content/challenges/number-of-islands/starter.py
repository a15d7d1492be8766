def num_islands(grid: list[list[str]]) -> int:
    """Return the number of islands of "1" cells joined up, down, left and right."""
    pass
