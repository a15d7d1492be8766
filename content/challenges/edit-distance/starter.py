def min_distance(a: str, b: str) -> int:
    """Return the fewest inserts, deletes and replacements turning a into b."""
    pass
