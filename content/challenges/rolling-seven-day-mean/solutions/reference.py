import pandas as pd


def rolling_7day_mean(sales):
    # An offset window: (t - 7 days, t] at every timestamp, min_periods 1, NaN skipped.
    return sales.rolling("7D").mean()
