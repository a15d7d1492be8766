import numpy as np


# ddof=1 (pandas' default) is the sample standard deviation: larger, so fewer outliers.
def replace_outliers(values, k):
    mean = values.mean(axis=0, keepdims=True)
    std = values.std(axis=0, ddof=1, keepdims=True)
    median = np.median(values, axis=0, keepdims=True)
    return np.where(np.abs(values - mean) > k * std, median, values).astype(np.float64)
