def count_bits(n: int) -> list[int]:
    """Return the number of set bits of every integer from 0 to n."""
    pass
