import numpy as np


# >= also replaces entries exactly k standard deviations away (and everything in a constant column).
def replace_outliers(values, k):
    mean = values.mean(axis=0, keepdims=True)
    std = values.std(axis=0, keepdims=True)
    median = np.median(values, axis=0, keepdims=True)
    return np.where(np.abs(values - mean) >= k * std, median, values).astype(np.float64)
