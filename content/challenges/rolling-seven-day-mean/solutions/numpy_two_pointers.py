import numpy as np
import pandas as pd


def rolling_7day_mean(sales):
    # The same window without rolling(): prefix sums of the values and of the non-NaN count, and
    # for every t the first position whose timestamp is > t - 7 days (binary search, vectorised).
    times = sales.index.values
    values = sales.to_numpy(dtype=np.float64)
    present = ~np.isnan(values)
    sums = np.concatenate(([0.0], np.cumsum(np.where(present, values, 0.0))))
    counts = np.concatenate(([0], np.cumsum(present)))
    start = np.searchsorted(times, times - np.timedelta64(7, "D"), side="right")
    end = np.arange(1, len(values) + 1)
    total, count = sums[end] - sums[start], counts[end] - counts[start]
    with np.errstate(invalid="ignore", divide="ignore"):
        means = np.where(count > 0, total / count, np.nan)
    return pd.Series(means, index=sales.index)
