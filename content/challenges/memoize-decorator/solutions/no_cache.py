# Forgets to cache at all: correct results, but a memoized recursion stays exponential.
import functools


def memoize(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)

    wrapper.cache_clear = lambda: None
    return wrapper
