# Trusted helpers shared by the cases of flatten-nested.
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


class Bag:
    """A user-defined iterable."""

    def __init__(self, *items):
        self.items = items

    def __iter__(self):
        return iter(self.items)


def take(iterator, n):
    return list(itertools.islice(iterator, n))


def nested(depth, leaf):
    value = [leaf]
    for _ in range(depth):
        value = [value]
    return value
