# A common slip: retrying on every exception, ignoring the `exceptions` argument.
import functools
import time


def retry(times=3, exceptions=(Exception,), delay=0.0, backoff=2.0, sleep=time.sleep):
    if times < 1:
        raise ValueError("times must be at least 1")

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            wait = delay
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except Exception:
                    if attempt == times:
                        raise
                sleep(wait)
                wait *= backoff

        return wrapper

    return decorator
