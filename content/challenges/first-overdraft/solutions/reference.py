import pandas as pd


def first_overdraft(transactions):
    # Time order within each account, then a running sum that restarts per account.
    ordered = transactions.sort_values(["account", "time"])
    balance = ordered.groupby("account")["amount"].cumsum()
    overdrawn = ordered.assign(balance=balance)[balance < 0]
    # Still in time order within each account: the first row per account is the first overdraft.
    first = overdrawn.groupby("account").head(1)
    return first[["account", "time", "balance"]].reset_index(drop=True)
