# Bellman-Ford limited to k + 1 rounds: after round r, cost[v] is the cheapest fare to v using
# at most r flights. Each round reads the previous round's costs (a copy), so one round can
# never chain two flights.
def find_cheapest_price(n, flights, src, dst, k):
    INF = float("inf")
    cost = [INF] * n
    cost[src] = 0
    for _ in range(k + 1):
        previous = cost.copy()
        changed = False
        for u, v, price in flights:
            if previous[u] + price < cost[v]:
                cost[v] = previous[u] + price
                changed = True
        if not changed:
            break
    return -1 if cost[dst] == INF else cost[dst]
