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


# For every node, check every value in its left and right subtrees.
def is_valid_bst(values):
    vals, left, right = build(values)

    def subtree(root):
        out, stack = [], [root] if root != -1 else []
        while stack:
            node = stack.pop()
            out.append(vals[node])
            stack.extend(c for c in (left[node], right[node]) if c != -1)
        return out

    for node in range(len(vals)):
        if any(v >= vals[node] for v in subtree(left[node])):
            return False
        if any(v <= vals[node] for v in subtree(right[node])):
            return False
    return True
