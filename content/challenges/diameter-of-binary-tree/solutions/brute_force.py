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


# For every node, measure both subtree heights from scratch.
def diameter(values):
    vals, left, right = build(values)

    def height(root):  # nodes on the longest downward path; 0 for no node
        best, stack = 0, [(root, 1)] if root != -1 else []
        while stack:
            node, depth = stack.pop()
            best = max(best, depth)
            for child in (left[node], right[node]):
                if child != -1:
                    stack.append((child, depth + 1))
        return best

    return max((height(left[n]) + height(right[n]) for n in range(len(vals))), default=0)
