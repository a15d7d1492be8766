def visit(node, graph, seen=set()):  # expect: mutable-default-arg
    seen.add(node)
    for nxt in graph.get(node, []):
        if nxt not in seen:
            visit(nxt, graph, seen)
    return seen
