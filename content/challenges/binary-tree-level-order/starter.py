def level_order(values: list[int | None]) -> list[list[int]]:
    """values is a tree in level order (None = missing child). Return its values level by level."""
    pass
