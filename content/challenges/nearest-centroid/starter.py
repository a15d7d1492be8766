import numpy as np


def nearest_centroid(points, centroids):
    """Index of the closest centroid for every point, as a 1-D integer NumPy array."""
    pass
