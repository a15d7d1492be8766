import numpy as np


def nearest_centroid(points, centroids):
    # (n, 1, d) - (1, k, d) broadcasts to (n, k, d): every difference at once, in C.
    diff = points[:, None, :] - centroids[None, :, :]
    # Squared distances order the same way as distances; argmin takes the first minimum on ties.
    return np.argmin((diff ** 2).sum(axis=2), axis=1)
