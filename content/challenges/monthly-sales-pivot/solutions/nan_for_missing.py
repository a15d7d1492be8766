import pandas as pd


# Without fill_value, a region with no sales in a month gets NaN rather than 0.
def monthly_pivot(sales):
    if sales.empty:
        return pd.DataFrame(index=pd.Index([], name="region", dtype=object))
    months = sales["date"].dt.to_period("M")
    table = pd.pivot_table(sales.assign(month=months), index="region", columns="month", values="amount", aggfunc="sum")
    every_month = pd.period_range(months.min(), months.max(), freq="M")
    table = table.reindex(columns=every_month)
    table.columns = every_month.strftime("%Y-%m")
    table.columns.name = None
    return table
