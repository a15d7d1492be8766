def ship_within_days(weights: list[int], days: int) -> int:
    """Return the least ship capacity that carries all packages, in order, within `days` days."""
    pass
