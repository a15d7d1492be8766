def diameter(values: list[int | None]) -> int:
    """values is a tree in level order (None = missing child). Return the edges on its longest path."""
    pass
