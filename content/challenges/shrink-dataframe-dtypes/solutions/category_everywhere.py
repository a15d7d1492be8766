import pandas as pd
from pandas.api.types import is_integer_dtype, is_object_dtype


# A category of mostly unique strings stores every string once anyway, plus the codes: it grows.
def shrink_dtypes(df):
    result = df.copy()
    for name in result.columns:
        if is_integer_dtype(result[name]):
            result[name] = pd.to_numeric(result[name], downcast="integer")
        elif is_object_dtype(result[name]):
            result[name] = result[name].astype("category")
    return result
