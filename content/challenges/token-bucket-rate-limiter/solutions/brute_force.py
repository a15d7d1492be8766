# Remembers every call and replays the whole history to find the current level: correct, but each
# call costs O(calls so far), so long sessions run out of time.
import time


class TokenBucket:
    def __init__(self, capacity, rate, clock=time.monotonic):
        self.capacity = capacity
        self.rate = rate
        self.clock = clock
        self.start = clock()
        self.history = []  # (time, tokens taken) for every call

    def _level(self, now):
        tokens, stamp = float(self.capacity), self.start
        for t, taken in self.history:
            tokens = min(self.capacity, tokens + (t - stamp) * self.rate)
            stamp = t
            tokens -= taken
        return min(self.capacity, tokens + (now - stamp) * self.rate)

    def allow(self, cost=1):
        now = self.clock()
        ok = self._level(now) >= cost
        self.history.append((now, cost if ok else 0))
        return ok

    def available(self):
        now = self.clock()
        level = self._level(now)
        self.history.append((now, 0))
        return level
