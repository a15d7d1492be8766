# Thread-safe updates, but snapshot hands out the internal dict: callers can change the counts
# without the lock, and the "snapshot" keeps changing under them.
import threading


class SafeCounter:
    def __init__(self):
        self._lock = threading.Lock()
        self._counts = {}

    def increment(self, key, amount=1):
        with self._lock:
            value = self._counts.get(key, 0) + amount
            self._counts[key] = value
            return value

    def get(self, key):
        with self._lock:
            return self._counts.get(key, 0)

    def total(self):
        with self._lock:
            return sum(self._counts.values())

    def snapshot(self):
        return self._counts
