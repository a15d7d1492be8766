from contextlib import contextmanager


@contextmanager
def opened(path):
    with open(path) as f:
        yield f
