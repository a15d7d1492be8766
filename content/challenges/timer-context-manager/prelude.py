# Trusted helpers shared by the cases of timer-context-manager.


class Stop(BaseException):
    """An exception outside the Exception hierarchy (like KeyboardInterrupt)."""


class FakeClock:
    """Returns the given readings in order and logs each reading in events."""

    def __init__(self, *readings, events=None):
        self.readings = list(readings)
        self.calls = 0
        self.events = events if events is not None else []

    def __call__(self):
        self.calls += 1
        self.events.append("clock")
        return self.readings.pop(0)


class Ticker:
    """A clock that advances by step on every reading."""

    def __init__(self, step=1.0):
        self.now = 0.0
        self.step = step

    def __call__(self):
        self.now += self.step
        return self.now
