import pandas as pd


def first_overdraft(transactions):
    """For each account whose balance ever drops below 0: the first time it does and the balance then."""
    pass
