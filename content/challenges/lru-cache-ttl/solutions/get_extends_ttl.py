# Treats every read as a refresh (a sliding expiry): entries that are read often never expire.
from collections import OrderedDict
import time


class TTLCache:
    def __init__(self, capacity, ttl, clock=time.monotonic):
        self.capacity, self.ttl, self.clock = capacity, ttl, clock
        self.data = OrderedDict()  # key -> (value, expires), least recently used first

    def _purge(self):
        now = self.clock()
        while self.data:
            key, (_, expires) = next(iter(self.data.items()))
            if expires > now:
                break
            del self.data[key]

    def get(self, key, default=None):
        self._purge()
        if key not in self.data:
            return default
        value, _ = self.data[key]
        self.data[key] = (value, self.clock() + self.ttl)
        self.data.move_to_end(key)
        return value

    def put(self, key, value):
        self._purge()
        if key not in self.data and len(self.data) >= self.capacity:
            self.data.popitem(last=False)
        self.data[key] = (value, self.clock() + self.ttl)
        self.data.move_to_end(key)

    def __len__(self):
        self._purge()
        return len(self.data)
