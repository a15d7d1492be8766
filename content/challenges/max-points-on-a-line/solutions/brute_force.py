def max_points(points):
    n = len(points)
    if n <= 2:
        return n
    best = 2
    for i in range(n):
        (x1, y1) = points[i]
        for j in range(i + 1, n):
            (x2, y2) = points[j]
            # Count the points on the line through points i and j (cross product is zero).
            on_line = sum(1 for (x, y) in points if (x2 - x1) * (y - y1) == (y2 - y1) * (x - x1))
            best = max(best, on_line)
    return best
