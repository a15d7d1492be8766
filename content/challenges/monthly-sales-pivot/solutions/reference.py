import pandas as pd


def monthly_pivot(sales):
    if sales.empty:
        return pd.DataFrame(index=pd.Index([], name="region", dtype=object))
    months = sales["date"].dt.to_period("M")
    table = pd.pivot_table(sales.assign(month=months), index="region", columns="month",
                           values="amount", aggfunc="sum", fill_value=0)
    # Months without a single sale are not in the data: add them as zero columns.
    every_month = pd.period_range(months.min(), months.max(), freq="M")
    table = table.reindex(columns=every_month, fill_value=0)
    table.columns = every_month.strftime("%Y-%m")
    table.columns.name = None
    return table
