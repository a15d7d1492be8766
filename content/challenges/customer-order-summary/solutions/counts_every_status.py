import pandas as pd


# Forgets the filter: pending and refunded orders count as money received.
def customer_summary(orders):
    summary = (
        orders.groupby("customer")["amount"]
        .agg(orders="size", total="sum", average="mean", largest="max")
        .reset_index()
    )
    return summary.sort_values(["total", "customer"], ascending=[False, True], ignore_index=True)
