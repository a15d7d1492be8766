import time


class TokenBucket:
    def __init__(self, capacity, rate, clock=time.monotonic):
        self._capacity = capacity
        self._rate = rate
        self._clock = clock
        self._tokens = float(capacity)
        self._stamp = clock()

    def _refill(self):
        now = self._clock()
        self._tokens = min(self._capacity, self._tokens + (now - self._stamp) * self._rate)
        self._stamp = now

    def allow(self, cost=1):
        self._refill()
        if self._tokens >= cost:
            self._tokens -= cost
            return True
        return False

    def available(self):
        self._refill()
        return self._tokens
