import time


class TTLCache:
    """At most `capacity` entries, each forgotten `ttl` seconds after it was written; evicts the least recently used."""

    def __init__(self, capacity: int, ttl: float, clock=time.monotonic):
        pass

    def get(self, key, default=None):
        pass

    def put(self, key, value) -> None:
        pass

    def __len__(self) -> int:
        pass
