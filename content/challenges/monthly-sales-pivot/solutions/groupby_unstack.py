import pandas as pd


def monthly_pivot(sales):
    if sales.empty:
        return pd.DataFrame(index=pd.Index([], name="region", dtype=object))
    month = sales["date"].dt.strftime("%Y-%m")
    # groupby + unstack is what pivot_table does inside: sum per (region, month), then spread.
    table = sales.groupby(["region", month])["amount"].sum().unstack(fill_value=0.0)
    first, last = sales["date"].min(), sales["date"].max()
    every_month = pd.period_range(first, last, freq="M").strftime("%Y-%m")
    table = table.reindex(columns=list(every_month), fill_value=0.0)
    table.columns.name = None
    return table
