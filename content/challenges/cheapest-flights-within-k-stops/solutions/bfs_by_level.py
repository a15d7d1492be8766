# Breadth-first by number of flights: level r holds the cities whose best fare improved using
# r flights. A city is only carried forward when this level found it cheaper than ever before.
def find_cheapest_price(n, flights, src, dst, k):
    graph = [[] for _ in range(n)]
    for u, v, price in flights:
        graph[u].append((v, price))
    INF = float("inf")
    best = [INF] * n
    best[src] = 0
    level = {src: 0}
    for _ in range(k + 1):
        following = {}
        for u, fare in level.items():
            for v, price in graph[u]:
                total = fare + price
                if total < best[v] and total < following.get(v, INF):
                    following[v] = total
        for v, total in following.items():
            best[v] = min(best[v], total)
        level = following
        if not level:
            break
    return -1 if best[dst] == INF else best[dst]
