import numpy as np


# Right values, but the interpreter visits each of the n * d entries.
def replace_outliers(values, k):
    mean, std, median = values.mean(axis=0), values.std(axis=0), np.median(values, axis=0)
    result = values.astype(np.float64).tolist()
    for row in result:
        for j, x in enumerate(row):
            if abs(x - mean[j]) > k * std[j]:
                row[j] = float(median[j])
    return np.array(result, dtype=np.float64).reshape(values.shape)
