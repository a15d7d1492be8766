def find_cheapest_price(n: int, flights: list[list[int]], src: int, dst: int, k: int) -> int:
    """Return the cheapest fare from src to dst using at most k stops (k + 1 flights), or -1."""
    pass
