# Trusted helpers shared by the cases of normalise-rows.
import numpy as np


def rows(result):
    """Is it an ndarray, its shape, whether its dtype is a float type, and the values as floats."""
    arr = np.asarray(result)
    return [isinstance(result, np.ndarray), list(arr.shape), arr.dtype.kind == "f",
            [[float(x) for x in row] for row in arr]]


def summary(result):
    """For large inputs: ndarray, shape, float dtype, the sum, the sum of squares (the number of
    non-zero rows), and the first two rows."""
    arr = np.asarray(result)
    return [isinstance(result, np.ndarray), list(arr.shape), arr.dtype.kind == "f",
            float(arr.sum()), float((arr.astype(np.float64) ** 2).sum()),
            [[float(x) for x in row] for row in arr[:2]]]


def random_matrix(seed, n, d, zero_every=0):
    """Normal values (RandomState streams are fixed across NumPy versions); every zero_every-th row zeroed."""
    matrix = np.random.RandomState(seed).normal(0, 10, size=(n, d))
    if zero_every:
        matrix[::zero_every] = 0.0
    return matrix
