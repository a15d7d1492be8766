import numpy as np


# Correct, but every one of the n * k * d steps runs in the interpreter.
def nearest_centroid(points, centroids):
    labels = []
    for p in points.tolist():
        best, best_index = None, 0
        for index, c in enumerate(centroids.tolist()):
            distance = sum((a - b) ** 2 for a, b in zip(p, c))
            if best is None or distance < best:
                best, best_index = distance, index
        labels.append(best_index)
    return np.array(labels, dtype=np.int64)
