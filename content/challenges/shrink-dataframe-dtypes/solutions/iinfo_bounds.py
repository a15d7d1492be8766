import numpy as np
import pandas as pd
from pandas.api.types import is_integer_dtype, is_object_dtype

SIGNED = [np.int8, np.int16, np.int32, np.int64]


def shrink_dtypes(df):
    result = df.copy()
    for name in result.columns:
        column = result[name]
        if is_integer_dtype(column):
            low, high = (column.min(), column.max()) if len(column) else (0, 0)
            for candidate in SIGNED:
                bounds = np.iinfo(candidate)
                if bounds.min <= low and high <= bounds.max:
                    result[name] = column.astype(candidate)
                    break
        elif is_object_dtype(column) and 2 * column.nunique() < len(column):
            result[name] = column.astype("category")
    return result
