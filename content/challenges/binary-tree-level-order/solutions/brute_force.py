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


# One full depth-first walk per level, keeping only the nodes at that depth.
def level_order(values):
    vals, left, right = build(values)
    result = []
    depth = 0
    while vals:
        level = []
        stack = [(0, 0)]
        while stack:
            node, d = stack.pop()
            if d == depth:
                level.append(vals[node])
                continue
            for child in (right[node], left[node]):  # left popped first
                if child != -1:
                    stack.append((child, d + 1))
        if not level:
            break
        result.append(level)
        depth += 1
    return result
