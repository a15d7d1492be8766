import pandas as pd


# A left join keeps orders of unknown customers, with NaN for name and country.
def large_orders(orders, customers, since, min_amount):
    kept = orders[(orders["placed"] >= pd.Timestamp(since)) & (orders["amount"] >= min_amount)]
    joined = kept.merge(customers, on="customer_id", how="left")
    return joined[["order_id", "name", "country", "amount"]].sort_values("order_id", ignore_index=True)
