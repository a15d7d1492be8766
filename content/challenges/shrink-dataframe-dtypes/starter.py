import pandas as pd


def shrink_dtypes(df):
    """A new DataFrame with the same values in smaller dtypes: integers downcast, repetitive strings as category."""
    pass
