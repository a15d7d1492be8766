import numpy as np


def normalise_rows(matrix):
    """A new float array: every row of matrix scaled to Euclidean length 1 (all-zero rows stay zero)."""
    pass
