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


# A common slip: assuming the longest path goes through the root.
def diameter(values):
    vals, left, right = build(values)
    if not vals:
        return 0
    height = [0] * len(vals)
    for node in range(len(vals) - 1, -1, -1):
        lh = height[left[node]] if left[node] != -1 else 0
        rh = height[right[node]] if right[node] != -1 else 0
        height[node] = 1 + max(lh, rh)
    lh = height[left[0]] if left[0] != -1 else 0
    rh = height[right[0]] if right[0] != -1 else 0
    return lh + rh
