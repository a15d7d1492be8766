# Trusted helpers shared by the cases of filter-and-join-orders.
import numpy as np
import pandas as pd


def plain(value):
    """A cell as a built-in value: NumPy integers to int, NumPy floats to float."""
    if isinstance(value, (int, np.integer)) and not isinstance(value, (bool, np.bool_)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        return float(value)
    return value


def table(result):
    """Is it a DataFrame, its columns, whether its index is 0..m-1, and its rows as plain lists."""
    if not isinstance(result, pd.DataFrame):
        return ["not a DataFrame", type(result).__name__]
    return [[str(c) for c in result.columns], bool(result.index.equals(pd.RangeIndex(len(result)))),
            [[plain(v) for v in row] for row in result.itertuples(index=False, name=None)]]


def summary(result):
    """For large inputs: columns, index check, row count, the sums of order ids and amounts, the
    number of distinct countries, the first and last three rows."""
    if not isinstance(result, pd.DataFrame):
        return ["not a DataFrame", type(result).__name__]
    head = [[plain(v) for v in row] for row in result.head(3).itertuples(index=False, name=None)]
    tail = [[plain(v) for v in row] for row in result.tail(3).itertuples(index=False, name=None)]
    return [[str(c) for c in result.columns], bool(result.index.equals(pd.RangeIndex(len(result)))), len(result),
            int(result.iloc[:, 0].sum()), float(result.iloc[:, 3].sum()), int(result.iloc[:, 2].nunique()), head, tail]


def frames(orders, customers):
    """orders: (order_id, customer_id, amount, placed) tuples; customers: (customer_id, name, country)."""
    o = pd.DataFrame(orders, columns=["order_id", "customer_id", "amount", "placed"])
    o["amount"] = o["amount"].astype("float64")
    o["placed"] = pd.to_datetime(o["placed"])
    c = pd.DataFrame(customers, columns=["customer_id", "name", "country"])
    return o, c


def random_frames(seed, n_orders, n_customers, unknown_share=0.1):
    """Random tables (RandomState streams are fixed across NumPy versions). Amounts are multiples
    of 0.25, so sums are exact in any order; about unknown_share of orders name no known customer.
    Ids are scrambled with a multiplier modulo a prime: distinct, unsorted, and cheap to make."""
    rng = np.random.RandomState(seed)
    countries = np.array(["PT", "DE", "FR", "BR", "JP", "IN", "US", "NG"], dtype=object)
    ids = (np.arange(1, n_customers + 1) * 7919) % 1_000_003
    customers = pd.DataFrame({
        "customer_id": ids,
        "name": np.array(list(map("name{}".format, range(n_customers))), dtype=object),
        "country": countries[rng.randint(0, len(countries), size=n_customers)],
    })
    known = ids[rng.randint(0, n_customers, size=n_orders)]
    unknown = -rng.randint(1, 1000, size=n_orders)
    orders = pd.DataFrame({
        "order_id": (np.arange(1, n_orders + 1) * 104_729) % 1_000_003,
        "customer_id": np.where(rng.random_sample(n_orders) < unknown_share, unknown, known),
        "amount": rng.randint(0, 4000, size=n_orders) / 4.0,
        "placed": np.datetime64("2024-01-01", "ns") + rng.randint(0, 366, size=n_orders).astype("timedelta64[D]"),
    })
    return orders, customers
