# closed="both" also counts the timestamp exactly seven days back: an eight-day window.
def rolling_7day_mean(sales):
    return sales.rolling("7D", closed="both").mean()
