import pandas as pd


def large_orders(orders, customers, since, min_amount):
    # Filter the big table first: the join then only touches the rows that survive.
    kept = orders[(orders["placed"] >= pd.Timestamp(since)) & (orders["amount"] >= min_amount)]
    # An inner join drops orders whose customer_id has no match.
    joined = kept.merge(customers, on="customer_id", how="inner")
    return joined[["order_id", "name", "country", "amount"]].sort_values("order_id", ignore_index=True)
