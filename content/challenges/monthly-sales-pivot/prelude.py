# Trusted helpers shared by the cases of monthly-sales-pivot.
import numpy as np
import pandas as pd


def table(result):
    """Is it a DataFrame, the index name, the regions, the column labels, whether they are all
    str, whether the columns index is unnamed, and every cell as a float."""
    if not isinstance(result, pd.DataFrame):
        return ["not a DataFrame", type(result).__name__]
    return [result.index.name, [str(r) for r in result.index], [str(c) for c in result.columns],
            all(type(c) is str for c in result.columns), result.columns.name is None,
            [[float(v) for v in row] for row in result.to_numpy(dtype=object)]]


def summary(result):
    """For large inputs: index name, shape, the first and last columns, all-str labels, the grand
    total, how many cells are zero, and the first region's row."""
    if not isinstance(result, pd.DataFrame):
        return ["not a DataFrame", type(result).__name__]
    values = result.to_numpy(dtype=np.float64)
    return [result.index.name, list(result.shape), str(result.columns[0]), str(result.columns[-1]),
            all(type(c) is str for c in result.columns), float(np.nansum(values)), int((values == 0).sum()),
            int(np.isnan(values).sum()), [str(result.index[0])] + [float(v) for v in values[0][:6]]]


def sales_frame(rows):
    """rows: (region, date, amount) tuples."""
    frame = pd.DataFrame(rows, columns=["region", "date", "amount"])
    frame["date"] = pd.to_datetime(frame["date"])
    frame["amount"] = frame["amount"].astype("float64")
    return frame


def random_sales(seed, n, regions, days, skip_months=()):
    """Random sales (RandomState streams are fixed across NumPy versions). Amounts are multiples of
    0.5, so sums are exact in any order. Sales in the months listed in skip_months are dropped."""
    rng = np.random.RandomState(seed)
    names = np.array([f"r{i:02d}" for i in range(regions)], dtype=object)
    dates = np.datetime64("2020-01-01", "ns") + rng.randint(0, days, size=n).astype("timedelta64[D]")
    frame = pd.DataFrame({
        "sale_id": np.arange(n),
        "region": names[rng.randint(0, regions, size=n)],
        "date": dates,
        "amount": rng.randint(1, 2000, size=n) / 2.0,
    })
    if skip_months:
        year_month = frame["date"].dt.year * 100 + frame["date"].dt.month
        skip = [int(m.replace("-", "")) for m in skip_months]
        frame = frame[~year_month.isin(skip)].reset_index(drop=True)
    return frame
