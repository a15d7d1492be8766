# A common slip: only lists count as nested, so tuples, generators and sets come out whole.
def flatten(iterable):
    stack = [iter(iterable)]
    while stack:
        for item in stack[-1]:
            if isinstance(item, list):
                stack.append(iter(item))
                break
            yield item
        else:
            stack.pop()
