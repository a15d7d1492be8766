import pandas as pd


def customer_summary(orders):
    """Per customer, over paid orders: orders, total, average, largest; sorted by total (desc), then customer."""
    pass
