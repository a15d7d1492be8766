# Trusted helpers shared by the cases of retry-decorator.


class Stop(BaseException):
    """An exception outside the Exception hierarchy (like KeyboardInterrupt)."""


class Flaky:
    """Raises the given exceptions in order, one per call, then returns value. Counts calls."""

    def __init__(self, *errors, value="ok"):
        self.errors = list(errors)
        self.value = value
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        if self.errors:
            raise self.errors.pop(0)
        return self.value


def outcome(fn, *args, **kwargs):
    """What a call did: ["returned", value] or ["raised", exception type name]."""
    try:
        return ["returned", fn(*args, **kwargs)]
    except (Exception, Stop) as exc:
        return ["raised", type(exc).__name__]


def rounded(delays):
    return [round(d, 9) for d in delays]
