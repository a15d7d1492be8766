# A shallow copy: a new first node whose neighbours are still the original objects.
def clone_graph(node):
    if node is None:
        return None
    return Node(node.val, list(node.neighbors))
