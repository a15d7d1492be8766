def bfs(graph, start):
    queue = [start]
    seen = {start}
    while queue:
        node = queue.pop(0)  # expect: list-as-queue
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return seen
