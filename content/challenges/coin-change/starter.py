def coin_change(coins: list[int], amount: int) -> int:
    """Return the fewest coins from coins (unlimited supply) summing to amount, or -1."""
    pass
