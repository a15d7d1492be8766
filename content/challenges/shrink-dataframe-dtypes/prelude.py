# Trusted helpers shared by the cases of shrink-dataframe-dtypes.
import numpy as np
import pandas as pd


def same_values(result, df):
    """The same columns in the same order, the same index, and every column equal to the original
    once converted back to the original dtype (missing values compare equal)."""
    if not isinstance(result, pd.DataFrame) or list(result.columns) != list(df.columns) or not result.index.equals(df.index):
        return False
    try:
        return all(result[c].astype(df[c].dtype).equals(df[c]) for c in df.columns)
    except (TypeError, ValueError, OverflowError):
        return False


def observe(result, df):
    """The dtype of every column (by name), and whether values, columns and index are unchanged."""
    if not isinstance(result, pd.DataFrame):
        return ["not a DataFrame", type(result).__name__]
    return [[str(t) for t in result.dtypes], same_values(result, df)]


def memory(frame):
    return int(frame.memory_usage(deep=True).sum())


def log_frame(seed, n):
    """A web-log-like frame (RandomState streams are fixed across NumPy versions)."""
    rng = np.random.RandomState(seed)
    return pd.DataFrame({
        "status": rng.choice([200, 201, 204, 301, 404, 500], size=n),
        "bytes": rng.randint(0, 5_000_000, size=n),
        "user_id": rng.randint(-40_000, 40_000, size=n),
        "method": rng.choice(np.array(["GET", "POST", "PUT", "DELETE"], dtype=object), size=n),
        "country": rng.choice(np.array(["PT", "DE", "FR", "BR", "JP", "IN", "US"], dtype=object), size=n),
        "seconds": rng.random_sample(n),
        "cached": rng.random_sample(n) < 0.3,
    })
