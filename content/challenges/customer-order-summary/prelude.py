# Trusted helpers shared by the cases of customer-order-summary.
import numpy as np
import pandas as pd


def plain(value):
    """A cell as a built-in value: NumPy integers to int, NumPy floats to float."""
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        return float(value)
    return value


def table(result):
    """Is it a DataFrame, its columns, whether its index is 0..m-1, and its rows as plain lists."""
    if not isinstance(result, pd.DataFrame):
        return ["not a DataFrame", type(result).__name__]
    fresh_index = bool(result.index.equals(pd.RangeIndex(len(result))))
    return [[str(c) for c in result.columns], fresh_index,
            [[plain(v) for v in row] for row in result.itertuples(index=False, name=None)]]


def summary(result):
    """For large inputs: the columns, the index check, row count, the sums of orders and totals,
    the first five rows and the last three."""
    if not isinstance(result, pd.DataFrame):
        return ["not a DataFrame", type(result).__name__]
    rows = [[plain(v) for v in row] for row in result.itertuples(index=False, name=None)]
    return [[str(c) for c in result.columns], bool(result.index.equals(pd.RangeIndex(len(result)))), len(rows),
            sum(r[1] for r in rows) if rows else 0, float(sum(r[2] for r in rows)) if rows else 0.0, rows[:5], rows[-3:]]


def orders_frame(customers, amounts, statuses):
    return pd.DataFrame({"customer": customers, "amount": [float(a) for a in amounts], "status": statuses})


def random_orders(seed, n, customers):
    """Random orders; amounts are multiples of 0.5 so every sum is exact whatever the order of adding
    (RandomState streams are fixed across NumPy versions)."""
    rng = np.random.RandomState(seed)
    names = np.array([f"c{i:05d}" for i in range(customers)], dtype=object)
    return pd.DataFrame({
        "order_id": np.arange(n),
        "customer": names[rng.randint(0, customers, size=n)],
        "amount": rng.randint(1, 2000, size=n) / 2.0,
        "status": np.array(["paid", "paid", "paid", "pending", "refunded"], dtype=object)[rng.randint(0, 5, size=n)],
    })
