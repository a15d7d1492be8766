# A common slip: dropping the Nones gives the values in the right order,
# but without the level boundaries they are grouped by position in the list
# as if the tree were complete.
def level_order(values):
    present = [v for v in values if v is not None]
    result, start, width = [], 0, 1
    while start < len(present):
        result.append(present[start:start + width])
        start += width
        width *= 2
    return result
