import numpy as np


def normalise_rows(matrix):
    # (n, 1) norms broadcast across the d columns of each row.
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    # Divide only where the norm is positive; elsewhere the fresh zeros stay. `out` is a new
    # float array, so the input is never written and integer input gives float output.
    return np.divide(matrix, norms, out=np.zeros(matrix.shape), where=norms > 0)
