# Prim on the complete graph, without a heap: dist[j] is the cheapest link from the tree to
# point j. Each step adds the closest outside point and lowers the others' links through it.
# n steps of O(n) each, and no edge list is ever built.
def min_cost_connect_points(points):
    n = len(points)
    INF = float("inf")
    dist = [INF] * n
    in_tree = [False] * n
    dist[0] = 0
    total = 0
    for _ in range(n):
        u = min((j for j in range(n) if not in_tree[j]), key=dist.__getitem__)
        in_tree[u] = True
        total += dist[u]
        ux, uy = points[u]
        for j in range(n):
            if not in_tree[j]:
                x, y = points[j]
                d = abs(x - ux) + abs(y - uy)
                if d < dist[j]:
                    dist[j] = d
    return total
