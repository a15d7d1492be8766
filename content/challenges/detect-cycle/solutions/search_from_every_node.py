# Brute force: from every node, search for a path back to it. O(V * (V + E)).
def has_cycle(n, edges):
    graph = [[] for _ in range(n)]
    for a, b in edges:
        graph[a].append(b)
    for start in range(n):
        seen, stack = set(), [start]
        while stack:
            node = stack.pop()
            for nxt in graph[node]:
                if nxt == start:
                    return True
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
    return False
