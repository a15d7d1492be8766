# Trusted helpers shared by the cases of rolling-seven-day-mean.
import numpy as np
import pandas as pd


def series(values, dates):
    return pd.Series([float(v) for v in values], index=pd.to_datetime(dates))


def observe(result, sales):
    """Is it a Series on the same index, and its values as floats (nan stays nan)."""
    same_index = isinstance(result, pd.Series) and result.index.equals(sales.index)
    return [same_index, [float(v) for v in np.asarray(result, dtype=np.float64)]]


def summary(result, sales):
    """For large inputs: same index, the sum and count of the non-nan values, the first and last five."""
    same_index = isinstance(result, pd.Series) and result.index.equals(sales.index)
    values = np.asarray(result, dtype=np.float64)
    finite = values[~np.isnan(values)]
    return [same_index, float(finite.sum()), int(finite.size),
            [float(v) for v in values[:5]], [float(v) for v in values[-5:]]]


def random_sales(seed, n, max_gap_minutes, nan_every=0):
    """n timestamps with random gaps (RandomState streams are fixed across NumPy versions)."""
    rng = np.random.RandomState(seed)
    gaps = rng.randint(1, max_gap_minutes + 1, size=n).astype("timedelta64[m]")
    index = pd.DatetimeIndex(np.datetime64("2023-01-01T00:00") + np.cumsum(gaps))
    values = rng.randint(0, 1000, size=n).astype(np.float64)
    if nan_every:
        values[::nan_every] = np.nan
    return pd.Series(values, index=index)
