import pandas as pd
from pandas.api.types import is_integer_dtype, is_object_dtype


def shrink_dtypes(df):
    result = df.copy()
    for name in result.columns:
        column = result[name]
        if is_integer_dtype(column):
            # Tries int8, int16, int32, int64 in turn: the first that holds min and max wins.
            # (Unsigned input would stay unsigned, so go through int64 first.)
            result[name] = pd.to_numeric(column.astype("int64"), downcast="integer")
        elif is_object_dtype(column) and 2 * column.nunique() < len(column):
            # Each distinct string stored once; the rows hold small integer codes.
            result[name] = column.astype("category")
    return result
