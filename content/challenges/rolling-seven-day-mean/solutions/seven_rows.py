# Seven rows are seven days only when no day is missing (and the first six rows come out NaN).
def rolling_7day_mean(sales):
    return sales.rolling(7).mean()
