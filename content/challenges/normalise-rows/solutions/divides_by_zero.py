import numpy as np


# 0 / 0 is nan: an all-zero row comes back as a row of nan (with a RuntimeWarning).
def normalise_rows(matrix):
    return matrix / np.linalg.norm(matrix, axis=1, keepdims=True)
