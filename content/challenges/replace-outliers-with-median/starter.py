import numpy as np


def replace_outliers(values, k):
    """A new float array: entries more than k standard deviations from their column's mean become the column's median."""
    pass
