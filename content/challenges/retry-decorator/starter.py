import time


def retry(times=3, exceptions=(Exception,), delay=0.0, backoff=2.0, sleep=time.sleep):
    """Return a decorator that retries the function on the given exceptions, with back-off."""
    pass
