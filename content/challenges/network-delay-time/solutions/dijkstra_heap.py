import heapq


def network_delay_time(times, n, k):
    graph = [[] for _ in range(n + 1)]
    for u, v, w in times:
        graph[u].append((v, w))
    settled = {}
    heap = [(0, k)]
    while heap:
        d, u = heapq.heappop(heap)
        if u in settled:
            continue
        settled[u] = d
        for v, w in graph[u]:
            if v not in settled:
                heapq.heappush(heap, (d + w, v))
    return max(settled.values()) if len(settled) == n else -1
