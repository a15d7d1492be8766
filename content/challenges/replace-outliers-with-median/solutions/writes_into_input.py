import numpy as np


# Boolean-mask assignment is vectorised, but it writes into the caller's array.
def replace_outliers(values, k):
    mean = values.mean(axis=0)
    std = values.std(axis=0)
    median = np.median(values, axis=0)
    outlier = np.abs(values - mean) > k * std
    if values.dtype.kind == "f":
        result = values
    else:
        result = values.astype(np.float64)
    result[outlier] = np.broadcast_to(median, values.shape)[outlier]
    return result
