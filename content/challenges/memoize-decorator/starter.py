def memoize(func):
    """Return a wrapper that caches func's results by its (hashable) arguments."""
    pass
