# Forgets to cap the bucket: a quiet client saves up an unlimited burst.
import time


class TokenBucket:
    def __init__(self, capacity, rate, clock=time.monotonic):
        self.rate = rate
        self.clock = clock
        self.tokens = float(capacity)
        self.stamp = clock()

    def _refill(self):
        now = self.clock()
        self.tokens += (now - self.stamp) * self.rate
        self.stamp = now

    def allow(self, cost=1):
        self._refill()
        if self.tokens >= cost:
            self.tokens -= cost
            return True
        return False

    def available(self):
        self._refill()
        return self.tokens
