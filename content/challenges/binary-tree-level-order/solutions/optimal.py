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


def level_order(values: list[int | None]) -> list[list[int]]:
    vals, left, right = build(values)
    result: list[list[int]] = []
    level = [0] if vals else []
    while level:
        result.append([vals[node] for node in level])
        # The next level is the children of this one, left to right.
        level = [child for node in level for child in (left[node], right[node]) if child != -1]
    return result
