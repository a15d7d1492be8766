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


def diameter(values: list[int | None]) -> int:
    vals, left, right = build(values)
    if not vals:
        return 0
    # Children get larger indices than their parent in level order, so walking the
    # indices backwards visits every child before its parent: a post-order for free.
    height = [0] * len(vals)  # nodes on the longest downward path from each node
    best = 0
    for node in range(len(vals) - 1, -1, -1):
        lh = height[left[node]] if left[node] != -1 else 0
        rh = height[right[node]] if right[node] != -1 else 0
        best = max(best, lh + rh)
        height[node] = 1 + max(lh, rh)
    return best
