class TimeMap:
    """Remembers each key's values over time; get returns the latest value at or before a timestamp."""

    def __init__(self) -> None:
        pass

    def set(self, key: str, value: str, timestamp: int) -> None:
        pass

    def get(self, key: str, timestamp: int) -> str:
        pass
