from collections.abc import Iterable

ATOMS = (str, bytes, bytearray)


def flatten(iterable):
    stack = [iter(iterable)]
    while stack:
        for item in stack[-1]:
            if isinstance(item, Iterable) and not isinstance(item, ATOMS):
                stack.append(iter(item))
                break
            yield item
        else:
            stack.pop()
