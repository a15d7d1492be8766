import threading


class SafeCounter:
    """Counts per key; safe to use from many threads at once."""

    def __init__(self):
        pass

    def increment(self, key, amount=1):
        pass

    def get(self, key):
        pass

    def total(self):
        pass

    def snapshot(self):
        pass
