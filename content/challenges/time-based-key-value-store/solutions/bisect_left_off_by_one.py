import bisect


# A common slip: bisect_left stops before an entry with exactly the asked timestamp,
# so a get at the very moment of a set returns the previous value.
class TimeMap:
    def __init__(self):
        self.times = {}
        self.values = {}

    def set(self, key, value, timestamp):
        self.times.setdefault(key, []).append(timestamp)
        self.values.setdefault(key, []).append(value)

    def get(self, key, timestamp):
        times = self.times.get(key, [])
        i = bisect.bisect_left(times, timestamp)
        return self.values[key][i - 1] if i else ""
