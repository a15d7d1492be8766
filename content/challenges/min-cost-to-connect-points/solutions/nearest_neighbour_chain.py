# Walks from point to nearest unvisited point, like a travelling salesman's greedy tour. That
# builds a path, and a path can cost far more than a tree: from the middle of a star it must
# keep coming back.
def min_cost_connect_points(points):
    n = len(points)
    visited = [False] * n
    visited[0] = True
    current, total = 0, 0
    for _ in range(n - 1):
        cx, cy = points[current]
        best, best_j = float("inf"), -1
        for j in range(n):
            if not visited[j]:
                d = abs(cx - points[j][0]) + abs(cy - points[j][1])
                if d < best:
                    best, best_j = d, j
        visited[best_j] = True
        total += best
        current = best_j
    return total
