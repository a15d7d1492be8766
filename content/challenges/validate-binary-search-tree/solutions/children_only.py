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


# A common slip: checking each node only against its own children.
def is_valid_bst(values):
    vals, left, right = build(values)
    for node in range(len(vals)):
        if left[node] != -1 and vals[left[node]] >= vals[node]:
            return False
        if right[node] != -1 and vals[right[node]] <= vals[node]:
            return False
    return True
