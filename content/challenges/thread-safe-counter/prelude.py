# Trusted helpers shared by the cases of thread-safe-counter.
import sys
import threading
import time


def hammer(target, threads, rounds):
    """Runs target(thread_index, round) in many threads started together, with frequent
    thread switches so that unprotected read-modify-write sequences interleave."""
    previous = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        barrier = threading.Barrier(threads)

        def run(index):
            barrier.wait()
            for round_ in range(rounds):
                target(index, round_)

        workers = [threading.Thread(target=run, args=(i,)) for i in range(threads)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
    finally:
        sys.setswitchinterval(previous)


class Key:
    """A dict key whose hashing now and then gives other threads a turn (as real work doing I/O
    would), so that an unprotected read-modify-write on a dict gets interrupted."""

    def __init__(self, name):
        self.name = name
        self.calls = 0

    def __hash__(self):
        self.calls += 1
        if self.calls % 128 == 0:
            time.sleep(0)
        return hash(self.name)

    def __eq__(self, other):
        return isinstance(other, Key) and other.name == self.name


def by_name(snapshot):
    return {key.name if isinstance(key, Key) else key: value for key, value in snapshot.items()}
