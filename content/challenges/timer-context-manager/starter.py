import contextlib
import time


@contextlib.contextmanager
def timer(clock=time.perf_counter, sink=None):
    """Measure the time the with-block takes; yield an object whose .elapsed is set on exit."""
    pass
