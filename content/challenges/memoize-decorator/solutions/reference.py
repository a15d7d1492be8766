import functools

_KWARGS = object()  # separates positional arguments from keyword ones inside a key


def memoize(func):
    cache = {}

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            key = args
            if kwargs:
                key += (_KWARGS, frozenset(kwargs.items()))
            if key in cache:
                return cache[key]
        except TypeError:  # an unhashable argument: no caching for this call
            return func(*args, **kwargs)
        value = func(*args, **kwargs)
        cache[key] = value
        return value

    wrapper.cache_clear = cache.clear
    return wrapper
