def intersect(a, b):
    lookup = list(b)
    return [x for x in a if x in lookup]  # expect: membership-in-list
