# Correct colouring, but recursive: a 100,000-node chain is deeper than the recursion limit.
def has_cycle(n, edges):
    graph = [[] for _ in range(n)]
    for a, b in edges:
        graph[a].append(b)
    color = [0] * n

    def visit(node):
        color[node] = 1
        for nxt in graph[node]:
            if color[nxt] == 1:
                return True
            if color[nxt] == 0 and visit(nxt):
                return True
        color[node] = 2
        return False

    return any(color[node] == 0 and visit(node) for node in range(n))
