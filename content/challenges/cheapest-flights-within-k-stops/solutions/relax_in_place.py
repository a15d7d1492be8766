# Bellman-Ford without the copy: a round relaxes u -> v and then v -> w with the value it just
# wrote, so one round can use several flights and routes with too many stops slip in.
def find_cheapest_price(n, flights, src, dst, k):
    INF = float("inf")
    cost = [INF] * n
    cost[src] = 0
    for _ in range(k + 1):
        for u, v, price in flights:
            if cost[u] + price < cost[v]:
                cost[v] = cost[u] + price
    return -1 if cost[dst] == INF else cost[dst]
