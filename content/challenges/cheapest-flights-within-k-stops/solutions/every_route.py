# Brute force: follow every route of at most k + 1 flights from src and keep the cheapest that
# ends at dst. The number of routes grows like (flights per city) ** (k + 1).
def find_cheapest_price(n, flights, src, dst, k):
    graph = [[] for _ in range(n)]
    for u, v, price in flights:
        graph[u].append((v, price))
    best = float("inf")

    def fly(city, fare, flights_left):
        nonlocal best
        if city == dst:
            best = min(best, fare)
        if flights_left == 0:
            return
        for v, price in graph[city]:
            fly(v, fare + price, flights_left - 1)

    fly(src, 0, k + 1)
    return -1 if best == float("inf") else best
