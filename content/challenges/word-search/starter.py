def exist(board: list[list[str]], word: str) -> bool:
    """Return True if word can be traced through adjacent, unrepeated cells of board."""
    pass
