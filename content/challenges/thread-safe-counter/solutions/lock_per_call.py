# A classic slip: a new Lock on every call. Nobody else ever waits on it, so it protects nothing.
import threading


class SafeCounter:
    def __init__(self):
        self._counts = {}

    def increment(self, key, amount=1):
        with threading.Lock():
            value = self._counts.get(key, 0) + amount
            self._counts[key] = value
            return value

    def get(self, key):
        with threading.Lock():
            return self._counts.get(key, 0)

    def total(self):
        with threading.Lock():
            return sum(self._counts.values())

    def snapshot(self):
        with threading.Lock():
            return dict(self._counts)
