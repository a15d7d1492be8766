# A common slip: slopes as floats. Two different slopes can round to the same float when the
# coordinates are large, merging points that are not on one line.
from collections import Counter


def max_points(points):
    n = len(points)
    if n <= 2:
        return n
    best = 0
    for i, (x1, y1) in enumerate(points):
        slopes = Counter()
        for x2, y2 in points[i + 1:]:
            slopes[float("inf") if x2 == x1 else (y2 - y1) / (x2 - x1)] += 1
        if slopes:
            best = max(best, max(slopes.values()) + 1)
    return best
