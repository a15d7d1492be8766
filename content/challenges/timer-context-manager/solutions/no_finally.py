# A common slip: no try/finally, so a block that raises is never timed.
import contextlib
import time
from types import SimpleNamespace


@contextlib.contextmanager
def timer(clock=time.perf_counter, sink=None):
    timing = SimpleNamespace(elapsed=None)
    start = clock()
    yield timing
    timing.elapsed = clock() - start
    if sink is not None:
        sink(timing.elapsed)
