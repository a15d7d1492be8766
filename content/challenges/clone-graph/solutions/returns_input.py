# Not a copy at all: the same shape, but every node is the caller's own object.
def clone_graph(node):
    return node
