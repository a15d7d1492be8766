# Correct and idiomatic, but each level of nesting is a level of recursion: very deep input
# exceeds the recursion limit.
def flatten(iterable):
    for item in iterable:
        if isinstance(item, (str, bytes, bytearray)):
            yield item
            continue
        try:
            inner = iter(item)
        except TypeError:
            yield item
            continue
        yield from flatten(inner)
