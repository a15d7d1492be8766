import pandas as pd


def customer_summary(orders):
    paid = orders[orders["status"] == "paid"]
    summary = (
        paid.groupby("customer")["amount"]
        .agg(orders="size", total="sum", average="mean", largest="max")
        .reset_index()
    )
    return summary.sort_values(["total", "customer"], ascending=[False, True], ignore_index=True)
