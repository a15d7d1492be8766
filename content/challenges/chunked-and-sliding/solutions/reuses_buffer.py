# A subtle slip: chunked yields the same list object every time, clearing it in between,
# so whoever keeps a chunk sees it change.
from collections import deque


def chunked(iterable, size):
    if size < 1:
        raise ValueError("size must be at least 1")
    buffer = []
    for item in iterable:
        buffer.append(item)
        if len(buffer) == size:
            yield buffer
            buffer.clear()
    if buffer:
        yield buffer


def sliding(iterable, size):
    if size < 1:
        raise ValueError("size must be at least 1")
    window = deque(maxlen=size)
    for item in iterable:
        window.append(item)
        if len(window) == size:
            yield tuple(window)
