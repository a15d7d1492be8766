import contextlib
import time


class Timing:
    def __init__(self):
        self.elapsed = None


@contextlib.contextmanager
def timer(clock=time.perf_counter, sink=None):
    timing = Timing()
    start = clock()
    try:
        yield timing
    finally:
        timing.elapsed = clock() - start
        if sink is not None:
            sink(timing.elapsed)
