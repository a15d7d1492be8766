# Correct on small graphs, but one stack frame per node on the path: a long chain of nodes
# passes Python's recursion limit.
def clone_graph(node):
    copies = {}

    def clone(original):
        if original in copies:
            return copies[original]
        copy = Node(original.val)
        copies[original] = copy
        for neighbour in original.neighbors:
            copy.neighbors.append(clone(neighbour))
        return copy

    return None if node is None else clone(node)
