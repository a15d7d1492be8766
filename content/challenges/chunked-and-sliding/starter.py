def chunked(iterable, size):
    """Yield lists of `size` consecutive items (the last may be shorter), lazily."""
    pass


def sliding(iterable, size):
    """Yield tuples of `size` consecutive items, moving one item at a time, lazily."""
    pass
