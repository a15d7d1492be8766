# Trusted helpers shared by the cases of async-concurrency-limit.
import asyncio


class Tracker:
    """Makes job factories and records how many jobs exist and run at once."""

    def __init__(self):
        self.created = 0
        self.active = 0
        self.done = 0
        self.peak_active = 0
        self.peak_created = 0
        self.started = []
        self.finished = []

    def job(self, value, delay=0.0, error=None):
        def factory():
            self.created += 1
            self.peak_created = max(self.peak_created, self.created - self.done)
            return self._run(value, delay, error)
        return factory

    async def _run(self, value, delay, error):
        self.active += 1
        self.peak_active = max(self.peak_active, self.active)
        self.started.append(value)
        try:
            await asyncio.sleep(delay)
            if error is not None:
                raise error
            return value
        finally:
            self.active -= 1
            self.done += 1
            self.finished.append(value)


def run(coroutine):
    """asyncio.run, reporting an exception by its type name."""
    try:
        return asyncio.run(coroutine)
    except Exception as exc:
        return type(exc).__name__
