from collections import OrderedDict
import time

class TTLCache:
    def __init__(self, capacity, ttl, clock=time.monotonic):
        self._capacity, self._ttl, self._clock = capacity, ttl, clock
        self._recent = OrderedDict()   # key -> value, least recently used first
        self._written = OrderedDict()  # key -> expiry time, oldest write first

    def _purge(self):
        now = self._clock()
        while self._written:
            key, expires = next(iter(self._written.items()))
            if expires > now:
                break
            del self._written[key]
            del self._recent[key]

    def get(self, key, default=None):
        self._purge()
        if key not in self._recent:
            return default
        self._recent.move_to_end(key)
        return self._recent[key]

    def put(self, key, value):
        self._purge()
        if key not in self._recent and len(self._recent) >= self._capacity:
            old, _ = self._recent.popitem(last=False)
            del self._written[old]
        self._recent[key] = value
        self._recent.move_to_end(key)
        self._written.pop(key, None)
        self._written[key] = self._clock() + self._ttl

    def __len__(self):
        self._purge()
        return len(self._recent)
