def build(values):
    """Level-order list -> (vals, left, right) index arrays; -1 means no child."""
    vals, left, right = [], [], []
    if not values or values[0] is None:
        return vals, left, right
    vals.append(values[0]); left.append(-1); right.append(-1)
    queue, head, i = [0], 0, 1
    while head < len(queue) and i < len(values):
        parent = queue[head]
        head += 1
        for side in (left, right):
            if i < len(values) and values[i] is not None:
                vals.append(values[i]); left.append(-1); right.append(-1)
                side[parent] = len(vals) - 1
                queue.append(len(vals) - 1)
            i += 1
    return vals, left, right


def is_valid_bst(values: list[int | None]) -> bool:
    vals, left, right = build(values)
    if not vals:
        return True
    # Each node must lie strictly inside the interval its ancestors allow.
    # An explicit stack, because a path-shaped tree is deeper than Python's recursion limit.
    stack = [(0, float("-inf"), float("inf"))]
    while stack:
        node, low, high = stack.pop()
        if not low < vals[node] < high:
            return False
        if left[node] != -1:
            stack.append((left[node], low, vals[node]))
        if right[node] != -1:
            stack.append((right[node], vals[node], high))
    return True
