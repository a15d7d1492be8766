# Brute force: remembers copies in a list of pairs and scans it on every lookup.
def clone_graph(node):
    if node is None:
        return None
    pairs = []

    def copy_of(original):
        for old, new in pairs:
            if old is original:
                return new
        return None

    first = Node(node.val)
    pairs.append((node, first))
    pending = [node]
    while pending:
        current = pending.pop()
        current_copy = copy_of(current)
        for neighbour in current.neighbors:
            neighbour_copy = copy_of(neighbour)
            if neighbour_copy is None:
                neighbour_copy = Node(neighbour.val)
                pairs.append((neighbour, neighbour_copy))
                pending.append(neighbour)
            current_copy.neighbors.append(neighbour_copy)
    return first
