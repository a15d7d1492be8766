from collections import deque
from itertools import islice


def chunked(iterable, size):
    if size < 1:
        raise ValueError("size must be at least 1")
    return _chunks(iter(iterable), size)


def _chunks(it, size):
    while chunk := list(islice(it, size)):
        yield chunk


def sliding(iterable, size):
    if size < 1:
        raise ValueError("size must be at least 1")
    return _windows(iter(iterable), size)


def _windows(it, size):
    window = deque(islice(it, size), maxlen=size)
    if len(window) < size:
        return
    yield tuple(window)
    for item in it:
        window.append(item)
        yield tuple(window)
