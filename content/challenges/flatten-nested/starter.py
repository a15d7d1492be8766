def flatten(iterable):
    """Yield the leaves of an arbitrarily nested iterable, depth first; strings are leaves."""
    pass
