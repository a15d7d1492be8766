# Takes the tokens even when it refuses, so an eager client locks itself out.
import time


class TokenBucket:
    def __init__(self, capacity, rate, clock=time.monotonic):
        self.capacity = capacity
        self.rate = rate
        self.clock = clock
        self.tokens = float(capacity)
        self.stamp = clock()

    def _refill(self):
        now = self.clock()
        self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now

    def allow(self, cost=1):
        self._refill()
        ok = self.tokens >= cost
        self.tokens = max(0.0, self.tokens - cost)
        return ok

    def available(self):
        self._refill()
        return self.tokens
