# The undirected-graph rule applied to a directed graph: reaching any visited node is
# taken as a cycle, so a diamond (two paths to one node) is wrongly reported.
def has_cycle(n, edges):
    graph = [[] for _ in range(n)]
    for a, b in edges:
        graph[a].append(b)
    visited = [False] * n
    for root in range(n):
        if visited[root]:
            continue
        visited[root] = True
        stack = [root]
        while stack:
            node = stack.pop()
            for nxt in graph[node]:
                if visited[nxt]:
                    return True
                visited[nxt] = True
                stack.append(nxt)
    return False
