import pandas as pd


def rolling_7day_mean(sales):
    """For each timestamp t, the mean of the values in (t - 7 days, t], as a Series on the same index."""
    pass
