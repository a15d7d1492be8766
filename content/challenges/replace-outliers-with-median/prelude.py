# Trusted helpers shared by the cases of replace-outliers-with-median.
import numpy as np


def rows(result):
    """Is it an ndarray, its shape, whether its dtype is a float type, and the values as floats."""
    arr = np.asarray(result)
    return [isinstance(result, np.ndarray), list(arr.shape), arr.dtype.kind == "f",
            [[float(x) for x in row] for row in arr]]


def summary(result, values):
    """For large inputs: ndarray, shape, float dtype, how many entries changed, the sum, the first row."""
    arr = np.asarray(result)
    changed = int((arr != values).sum()) if arr.shape == values.shape else -1
    return [isinstance(result, np.ndarray), list(arr.shape), arr.dtype.kind == "f", changed,
            float(arr.astype(np.float64).sum()), [float(x) for x in arr[0]]]


def readings(seed, n, d, spike_share=0.01):
    """Normal readings with occasional large spikes (RandomState streams are fixed across NumPy
    versions). Values are rounded to 1/8, so means, sums and medians are exact or nearly so."""
    rng = np.random.RandomState(seed)
    base = np.round(rng.normal(50, 5, size=(n, d)) * 8) / 8
    spikes = rng.random_sample((n, d)) < spike_share
    return np.where(spikes, base + np.round(rng.normal(0, 200, size=(n, d))), base)
