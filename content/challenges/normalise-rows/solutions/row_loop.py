import math

import numpy as np


# Correct, but the interpreter visits every row (and every value of it).
def normalise_rows(matrix):
    result = np.zeros(matrix.shape)
    for i, row in enumerate(matrix.tolist()):
        norm = math.sqrt(sum(x * x for x in row))
        if norm > 0:
            result[i] = [x / norm for x in row]
    return result
