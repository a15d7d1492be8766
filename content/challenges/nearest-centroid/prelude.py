# Trusted helpers shared by the cases of nearest-centroid.
import numpy as np


def labels(result):
    """Is it an ndarray, its shape, whether its dtype is an integer type, and the labels as ints."""
    return [isinstance(result, np.ndarray), list(np.shape(result)), np.asarray(result).dtype.kind in "iu",
            [int(x) for x in np.asarray(result).ravel()]]


def label_counts(result, k):
    """For large inputs: the shape, integer dtype, how many points each centroid got, the first labels."""
    arr = np.asarray(result)
    return [isinstance(result, np.ndarray), list(arr.shape), arr.dtype.kind in "iu",
            np.bincount(arr.astype(np.int64), minlength=k).tolist(), [int(x) for x in arr[:8]]]


def clustered(seed, n, k, d, spread, offset=0.0, box=100.0):
    """n points around k random centres (the centres returned as the centroids). RandomState's
    streams are fixed across NumPy versions, so the expected labels hold on every Debian release."""
    rng = np.random.RandomState(seed)
    centres = rng.uniform(-box, box, size=(k, d)) + offset
    which = rng.randint(0, k, size=n)
    return centres[which] + rng.normal(0, spread, size=(n, d)), centres
