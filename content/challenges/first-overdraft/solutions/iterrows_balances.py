import pandas as pd


# Right rows, but iterrows builds a Series for every transaction.
def first_overdraft(transactions):
    balances, found = {}, {}
    for _, row in transactions.sort_values(["account", "time"]).iterrows():
        account = row["account"]
        balances[account] = balances.get(account, 0.0) + row["amount"]
        if balances[account] < 0 and account not in found:
            found[account] = (row["time"], balances[account])
    rows = [(account, when, balance) for account, (when, balance) in sorted(found.items())]
    return pd.DataFrame(rows, columns=["account", "time", "balance"])
