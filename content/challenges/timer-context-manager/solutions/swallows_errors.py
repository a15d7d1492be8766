# A common slip: catching the exception inside the generator, which suppresses it.
import contextlib
import time
from types import SimpleNamespace


@contextlib.contextmanager
def timer(clock=time.perf_counter, sink=None):
    timing = SimpleNamespace(elapsed=None)
    start = clock()
    try:
        yield timing
    except Exception:
        pass
    timing.elapsed = clock() - start
    if sink is not None:
        sink(timing.elapsed)
