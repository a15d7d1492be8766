def spiral_order(matrix: list[list[int]]) -> list[int]:
    """Return the elements of matrix in clockwise spiral order."""
    pass
