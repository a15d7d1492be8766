# Trusted helpers shared by the cases of memoize-decorator.


class Counted:
    """Wraps a function and counts how often it really runs."""

    def __init__(self, func):
        self.func = func
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.func(*args, **kwargs)
