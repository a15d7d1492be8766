# Evicts the least recently used entry even when expired entries could make room.
from collections import OrderedDict
import time


class TTLCache:
    def __init__(self, capacity, ttl, clock=time.monotonic):
        self.capacity, self.ttl, self.clock = capacity, ttl, clock
        self.data = OrderedDict()  # key -> (value, expires)

    def get(self, key, default=None):
        entry = self.data.get(key)
        if entry is None:
            return default
        if entry[1] <= self.clock():
            del self.data[key]
            return default
        self.data.move_to_end(key)
        return entry[0]

    def put(self, key, value):
        if key not in self.data and len(self.data) >= self.capacity:
            self.data.popitem(last=False)
        self.data[key] = (value, self.clock() + self.ttl)
        self.data.move_to_end(key)

    def __len__(self):
        now = self.clock()
        return sum(1 for _, expires in self.data.values() if expires > now)
