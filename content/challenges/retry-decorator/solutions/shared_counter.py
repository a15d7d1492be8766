# A subtle slip: the attempt count and delay live in the decorator's closure, so they carry
# over from one call of the decorated function to the next.
import functools
import time


def retry(times=3, exceptions=(Exception,), delay=0.0, backoff=2.0, sleep=time.sleep):
    if times < 1:
        raise ValueError("times must be at least 1")

    def decorator(func):
        state = {"attempt": 0, "wait": delay}

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            while True:
                state["attempt"] += 1
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    if state["attempt"] >= times:
                        raise
                sleep(state["wait"])
                state["wait"] *= backoff

        return wrapper

    return decorator
