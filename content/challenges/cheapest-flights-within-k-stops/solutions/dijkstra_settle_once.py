# Dijkstra that settles each city the first (cheapest) time it is popped. With a stop limit that
# is wrong: the cheapest way into a city may use up the stops that a dearer, shorter way saves.
import heapq


def find_cheapest_price(n, flights, src, dst, k):
    graph = [[] for _ in range(n)]
    for u, v, price in flights:
        graph[u].append((v, price))
    settled = set()
    heap = [(0, src, 0)]
    while heap:
        fare, city, used = heapq.heappop(heap)
        if city == dst:
            return fare
        if city in settled:
            continue
        settled.add(city)
        if used == k + 1:
            continue
        for v, price in graph[city]:
            heapq.heappush(heap, (fare + price, v, used + 1))
    return -1
