def last_stone_weight(stones: list[int]) -> int:
    """Smash the two heaviest stones until at most one is left; return its weight or 0."""
    pass
