class FakeClock:
    """A clock the test moves by hand: call it for the time, advance() to move it."""

    def __init__(self, start=0.0):
        self.now = float(start)

    def __call__(self):
        return self.now

    def advance(self, seconds):
        self.now += seconds


def rounded(value):
    return float(round(value, 6))
