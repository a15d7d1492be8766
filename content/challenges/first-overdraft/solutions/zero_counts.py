import pandas as pd


# <= 0 treats a balance of exactly zero as an overdraft.
def first_overdraft(transactions):
    ordered = transactions.sort_values(["account", "time"])
    balance = ordered.groupby("account")["amount"].cumsum()
    overdrawn = ordered.assign(balance=balance)[balance <= 0]
    first = overdrawn.groupby("account").head(1)
    return first[["account", "time", "balance"]].reset_index(drop=True)
