# A common slip: testing the cached value's truthiness, so None, 0 and "" are computed again.
import functools


def memoize(func):
    cache = {}

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        key = (args, frozenset(kwargs.items()))
        try:
            hit = cache.get(key)
        except TypeError:
            return func(*args, **kwargs)
        if hit:
            return hit
        cache[key] = func(*args, **kwargs)
        return cache[key]

    wrapper.cache_clear = cache.clear
    return wrapper
