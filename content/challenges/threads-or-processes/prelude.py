# Trusted helpers shared by the cases of threads-or-processes.
#
# The job functions live in a real module registered in sys.modules, so that a process pool
# can pickle them by name (worker processes are forked from this one and inherit the module).
import sys
import types

_SOURCE = '''
import os
import threading
import time

PARENT = os.getpid()


def where(item):
    """Reports which process and thread ran the job."""
    process = "main-process" if os.getpid() == PARENT else "other-process"
    thread = "main-thread" if threading.current_thread() is threading.main_thread() else "worker-thread"
    return [item, process, thread]


def square(x):
    return x * x


def slow_echo(item):
    value, delay = item
    time.sleep(delay)
    return value


def count_primes(limit):
    """CPU-bound work: primes below limit by trial division."""
    return sum(all(n % d for d in range(2, int(n ** 0.5) + 1)) for n in range(2, limit))


def who(item):
    """The identity of the thread that ran the job (after a short wait, so jobs overlap)."""
    time.sleep(0.005)
    return threading.get_ident()


def fail_on(item):
    if item == 3:
        raise ValueError("bad item 3")
    return item
'''

jobs = types.ModuleType("pyprep_jobs")
exec(compile(_SOURCE, "pyprep_jobs.py", "exec"), jobs.__dict__)
sys.modules["pyprep_jobs"] = jobs


def outcome(call):
    try:
        return call()
    except Exception as exc:
        return type(exc).__name__
