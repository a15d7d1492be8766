# Trusted helpers shared by the cases of suppress-context-manager.


class Stop(BaseException):
    """An exception outside the Exception hierarchy (like KeyboardInterrupt)."""


def attempt(manager, error=None):
    """Runs a with-block on manager that raises error (if given); reports what happened."""
    steps = []
    try:
        with manager:
            steps.append("entered")
            if error is not None:
                raise error
            steps.append("finished")
        steps.append("after")
    except (Exception, Stop) as exc:
        steps.append("escaped " + type(exc).__name__)
    return steps


def name_of(exc):
    return None if exc is None else type(exc).__name__
