# A dangerous slip: __exit__ always returns True, so every exception disappears.
class Suppress:
    def __init__(self, *exceptions):
        for kind in exceptions:
            if not (isinstance(kind, type) and issubclass(kind, BaseException)):
                raise TypeError(f"{kind!r} is not an exception class")
        self.exceptions = exceptions
        self.exception = None

    def __enter__(self):
        self.exception = None
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type is not None and issubclass(exc_type, self.exceptions):
            self.exception = exc_value
        return True
