# Brute force: grow the tree one point at a time, each time scanning every (inside, outside)
# pair for the shortest link. Right answer, but about n^3 / 6 distance computations.
def min_cost_connect_points(points):
    n = len(points)
    inside = {0}
    total = 0
    while len(inside) < n:
        best, best_j = float("inf"), -1
        for i in inside:
            xi, yi = points[i]
            for j in range(n):
                if j not in inside:
                    d = abs(xi - points[j][0]) + abs(yi - points[j][1])
                    if d < best:
                        best, best_j = d, j
        inside.add(best_j)
        total += best
    return total
