# Correct on lists, but list(iterable) never finishes on an endless input.
def chunked(iterable, size):
    if size < 1:
        raise ValueError("size must be at least 1")
    items = list(iterable)
    for start in range(0, len(items), size):
        yield items[start:start + size]


def sliding(iterable, size):
    if size < 1:
        raise ValueError("size must be at least 1")
    items = list(iterable)
    for start in range(len(items) - size + 1):
        yield tuple(items[start:start + size])
