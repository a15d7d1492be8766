# Correct with one thread; with many, updates get lost between the read and the write.
class SafeCounter:
    def __init__(self):
        self._counts = {}

    def increment(self, key, amount=1):
        self._counts[key] = self._counts.get(key, 0) + amount
        return self._counts[key]

    def get(self, key):
        return self._counts.get(key, 0)

    def total(self):
        return sum(self._counts.values())

    def snapshot(self):
        return dict(self._counts)
