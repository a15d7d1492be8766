import bisect


class TimeMap:
    def __init__(self) -> None:
        # Per key: timestamps (increasing, as the contract promises) and the matching values.
        self._times: dict[str, list[int]] = {}
        self._values: dict[str, list[str]] = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        self._times.setdefault(key, []).append(timestamp)
        self._values.setdefault(key, []).append(value)

    def get(self, key: str, timestamp: int) -> str:
        times = self._times.get(key)
        if not times:
            return ""
        # bisect_right counts the entries with time <= timestamp; the last of them is the answer.
        i = bisect.bisect_right(times, timestamp)
        return self._values[key][i - 1] if i else ""
