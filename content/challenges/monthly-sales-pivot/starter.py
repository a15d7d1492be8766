import pandas as pd


def monthly_pivot(sales):
    """Regions as rows, every month from the first to the last as "YYYY-MM" columns, summed amounts (0 where none)."""
    pass
