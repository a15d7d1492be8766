def can_complete_circuit(gas: list[int], cost: list[int]) -> int:
    """Return the start station for a full circuit, or -1 if none exists."""
    pass
