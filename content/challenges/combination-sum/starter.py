def combination_sum(candidates: list[int], target: int) -> list[list[int]]:
    """Return every multiset of candidates (each usable any number of times) summing to target."""
    pass
