# Skips arrows from a node to itself while building the graph, so a self-loop is missed.
from collections import deque


def has_cycle(n, edges):
    graph = [[] for _ in range(n)]
    indegree = [0] * n
    for a, b in edges:
        if a == b:
            continue
        graph[a].append(b)
        indegree[b] += 1
    ready = deque(node for node in range(n) if indegree[node] == 0)
    removed = 0
    while ready:
        node = ready.popleft()
        removed += 1
        for nxt in graph[node]:
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                ready.append(nxt)
    return removed < n
