# Breadth-first search keeps the first time it reaches each node: that is the path with the
# fewest links, not the fastest one.
from collections import deque


def network_delay_time(times, n, k):
    graph = [[] for _ in range(n + 1)]
    for u, v, w in times:
        graph[u].append((v, w))
    arrival = {k: 0}
    queue = deque([k])
    while queue:
        u = queue.popleft()
        for v, w in graph[u]:
            if v not in arrival:
                arrival[v] = arrival[u] + w
                queue.append(v)
    return max(arrival.values()) if len(arrival) == n else -1
