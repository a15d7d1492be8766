# Trusted helpers shared by the cases of first-overdraft.
import numpy as np
import pandas as pd


def cell(value):
    """A cell as a built-in value: timestamps as ISO strings, NumPy numbers as int or float."""
    if isinstance(value, pd.Timestamp):
        return value.isoformat()
    if isinstance(value, (np.integer,)) and not isinstance(value, np.bool_):
        return int(value)
    if isinstance(value, (float, np.floating)):
        return float(value)
    return value


def table(result):
    """Is it a DataFrame, its columns, whether its index is 0..m-1, and its rows as plain lists."""
    if not isinstance(result, pd.DataFrame):
        return ["not a DataFrame", type(result).__name__]
    return [[str(c) for c in result.columns], bool(result.index.equals(pd.RangeIndex(len(result)))),
            [[cell(v) for v in row] for row in result.itertuples(index=False, name=None)]]


def summary(result):
    """For large inputs: columns, index check, row count, the sum of balances, first and last rows."""
    if not isinstance(result, pd.DataFrame):
        return ["not a DataFrame", type(result).__name__]
    head = [[cell(v) for v in row] for row in result.head(3).itertuples(index=False, name=None)]
    tail = [[cell(v) for v in row] for row in result.tail(2).itertuples(index=False, name=None)]
    return [[str(c) for c in result.columns], bool(result.index.equals(pd.RangeIndex(len(result)))), len(result),
            float(result.iloc[:, 2].sum()), head, tail]


def tx(rows):
    """rows: (account, time, amount) tuples."""
    frame = pd.DataFrame(rows, columns=["account", "time", "amount"])
    frame["time"] = pd.to_datetime(frame["time"])
    frame["amount"] = frame["amount"].astype("float64")
    return frame


def random_tx(seed, n, accounts, drift=0.0):
    """Random transactions in shuffled order (RandomState streams are fixed across NumPy versions).
    Amounts are multiples of 0.5, so balances are exact; timestamps are distinct within an account."""
    rng = np.random.RandomState(seed)
    names = np.array(list(map("acct{:05d}".format, range(accounts))), dtype=object)
    which = rng.randint(0, accounts, size=n)
    # Distinct seconds overall, hence within each account too.
    seconds = rng.permutation(n * 4)[:n]
    return pd.DataFrame({
        "account": names[which],
        "time": np.datetime64("2024-01-01T00:00:00", "ns") + seconds.astype("timedelta64[s]"),
        "amount": (rng.randint(-200, 201, size=n) + drift) / 2.0,
        "memo": "tx",
    })
