def build_graph(edges):
    graph = {}
    for src, dst in edges:
        if src not in graph:  # expect: manual-dict-init
            graph[src] = set()
        graph[src].add(dst)
    return graph
