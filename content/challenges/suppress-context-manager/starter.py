class Suppress:
    """Context manager that suppresses the given exception classes and remembers the exception."""

    def __init__(self, *exceptions):
        pass

    def __enter__(self):
        pass

    def __exit__(self, exc_type, exc_value, traceback):
        pass
