from bisect import bisect_left


def contains(values, x):
    ordered = sorted(values)
    i = bisect_left(ordered, x)
    return i < len(ordered) and ordered[i] == x
