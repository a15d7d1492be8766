# Keep each key's history; scan it from the newest entry on every get.
class TimeMap:
    def __init__(self):
        self.history = {}

    def set(self, key, value, timestamp):
        self.history.setdefault(key, []).append((timestamp, value))

    def get(self, key, timestamp):
        for ts, value in reversed(self.history.get(key, [])):
            if ts <= timestamp:
                return value
        return ""
