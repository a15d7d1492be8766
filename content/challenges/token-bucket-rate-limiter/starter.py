import time


class TokenBucket:
    """Allows bursts of up to `capacity` requests and `rate` requests per second on average."""

    def __init__(self, capacity: int, rate: float, clock=time.monotonic):
        pass

    def allow(self, cost: int = 1) -> bool:
        """Take `cost` tokens and return True, or return False and take nothing."""
        pass

    def available(self) -> float:
        """The tokens available now."""
        pass
