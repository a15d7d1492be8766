# One dict of (value, expires, last_used); every put scans all entries: O(n) per call.
import time


class TTLCache:
    def __init__(self, capacity, ttl, clock=time.monotonic):
        self.capacity, self.ttl, self.clock = capacity, ttl, clock
        self.entries = {}
        self.tick = 0

    def _live(self, now):
        for key in [k for k, (_, expires, _) in self.entries.items() if expires <= now]:
            del self.entries[key]

    def get(self, key, default=None):
        now = self.clock()
        entry = self.entries.get(key)
        if entry is None or entry[1] <= now:
            self.entries.pop(key, None)
            return default
        self.tick += 1
        self.entries[key] = (entry[0], entry[1], self.tick)
        return entry[0]

    def put(self, key, value):
        now = self.clock()
        self._live(now)
        if key not in self.entries and len(self.entries) >= self.capacity:
            oldest = min(self.entries, key=lambda k: self.entries[k][2])
            del self.entries[oldest]
        self.tick += 1
        self.entries[key] = (value, now + self.ttl, self.tick)

    def __len__(self):
        self._live(self.clock())
        return len(self.entries)
