# Trusted helpers shared by the cases of chunked-and-sliding.
import itertools


class Counting:
    """Wraps an iterable and counts how many items have been taken from it."""

    def __init__(self, iterable):
        self.source = iter(iterable)
        self.pulled = 0

    def __iter__(self):
        return self

    def __next__(self):
        item = next(self.source)
        self.pulled += 1
        return item


def take(iterator, n):
    return list(itertools.islice(iterator, n))


def raises_value_error(make):
    try:
        list(make())
    except ValueError:
        return True
    return False
