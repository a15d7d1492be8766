class LRUCache:
    """A cache of at most `capacity` entries that evicts the least recently used key."""

    def __init__(self, capacity: int):
        pass

    def get(self, key: int) -> int:
        """Return the value for key (marking it as used), or -1 if absent."""
        pass

    def put(self, key: int, value: int) -> None:
        """Store value under key (marking it as used); evict the least recently used key when over capacity."""
        pass
