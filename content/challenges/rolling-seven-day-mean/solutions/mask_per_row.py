import pandas as pd


# Right answers, but every row scans the whole index: O(n^2).
def rolling_7day_mean(sales):
    week = pd.Timedelta(days=7)
    means = []
    for t in sales.index:
        window = sales[(sales.index > t - week) & (sales.index <= t)]
        means.append(window.mean())
    return pd.Series(means, index=sales.index, dtype="float64")
