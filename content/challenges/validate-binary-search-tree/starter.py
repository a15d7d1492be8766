def is_valid_bst(values: list[int | None]) -> bool:
    """values is a tree in level order (None = missing child). Is it a binary search tree?"""
    pass
