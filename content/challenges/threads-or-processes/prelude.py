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


# The sandbox has no writable /dev/shm (docs/security.md), and multiprocessing's queues need
# POSIX semaphores there, so the stdlib ProcessPoolExecutor cannot start. This stand-in keeps its
# interface and its meaning: every job runs in a separate forked process, pickled arguments in,
# pickled result (or exception) back over a pipe, at most max_workers processes at a time.
import concurrent.futures as _cf
import os as _os
import pickle as _pickle
import threading as _threading


class ForkProcessPoolExecutor(_cf.Executor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), **kwargs):
        if max_workers is None:
            max_workers = _os.cpu_count() or 1
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        self._max_workers = max_workers
        self._slots = _threading.BoundedSemaphore(max_workers)
        self._collectors = []
        self._closed = False

    def submit(self, fn, /, *args, **kwargs):
        if self._closed:
            raise RuntimeError("cannot schedule new futures after shutdown")
        job = _pickle.dumps((fn, args, kwargs))  # a process pool needs picklable jobs too
        future = _cf.Future()
        self._slots.acquire()
        read, write = _os.pipe()
        pid = _os.fork()
        if pid == 0:
            _os.close(read)
            try:
                func, a, k = _pickle.loads(job)
                payload = _pickle.dumps((True, func(*a, **k)))
            except BaseException as exc:
                payload = _pickle.dumps((False, exc))
            with _os.fdopen(write, "wb") as out:
                out.write(payload)
            _os._exit(0)
        _os.close(write)

        def collect():
            with _os.fdopen(read, "rb") as source:
                payload = source.read()
            _os.waitpid(pid, 0)
            self._slots.release()
            try:
                ok, value = _pickle.loads(payload)
            except Exception:
                ok, value = False, _cf.process.BrokenProcessPool("a worker process died")
            if ok:
                future.set_result(value)
            else:
                future.set_exception(value)

        collector = _threading.Thread(target=collect, daemon=True)
        collector.start()
        self._collectors.append(collector)
        return future

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._closed = True
        if wait:
            for collector in self._collectors:
                collector.join()


ForkProcessPoolExecutor.__name__ = ForkProcessPoolExecutor.__qualname__ = "ProcessPoolExecutor"
_cf.ProcessPoolExecutor = ForkProcessPoolExecutor
if getattr(solution, "ProcessPoolExecutor", None) is not None:
    solution.ProcessPoolExecutor = ForkProcessPoolExecutor


# Whether a pool was shut down is checked by counting open pools, not live threads: an executor
# that is never shut down may still be garbage-collected (and its idle threads ended) at any
# moment, which would make a thread count depend on timing.
class TrackedThreadPoolExecutor(_cf.ThreadPoolExecutor):
    open_pools = 0

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        TrackedThreadPoolExecutor.open_pools += 1
        self._pyprep_open = True

    def shutdown(self, wait=True, *, cancel_futures=False):
        if getattr(self, "_pyprep_open", False):
            self._pyprep_open = False
            TrackedThreadPoolExecutor.open_pools -= 1
        super().shutdown(wait=wait, cancel_futures=cancel_futures)


TrackedThreadPoolExecutor.__name__ = TrackedThreadPoolExecutor.__qualname__ = "ThreadPoolExecutor"
_cf.ThreadPoolExecutor = TrackedThreadPoolExecutor
if getattr(solution, "ThreadPoolExecutor", None) is not None:
    solution.ThreadPoolExecutor = TrackedThreadPoolExecutor


def open_thread_pools():
    return TrackedThreadPoolExecutor.open_pools
