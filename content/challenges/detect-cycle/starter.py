def has_cycle(n: int, edges: list[list[int]]) -> bool:
    """Return True if the directed graph on nodes 0..n-1 with arrows `edges` contains a cycle."""
    pass
