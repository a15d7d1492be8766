def daily_temperatures(temps: list[int]) -> list[int]:
    """For each day, how many days until a strictly warmer one (0 if never)."""
    pass
