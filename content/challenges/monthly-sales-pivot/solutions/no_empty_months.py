import pandas as pd


# Only the months that occur in the data: a month with no sales anywhere has no column.
def monthly_pivot(sales):
    if sales.empty:
        return pd.DataFrame(index=pd.Index([], name="region", dtype=object))
    month = sales["date"].dt.strftime("%Y-%m")
    table = pd.pivot_table(sales.assign(month=month), index="region", columns="month",
                           values="amount", aggfunc="sum", fill_value=0)
    table.columns.name = None
    return table
