def clone_graph(node: Node | None) -> Node | None:
    """Return a deep copy of the connected undirected graph that contains node.

    Node(val=0, neighbors=None) is provided by the platform.
    """
    pass
