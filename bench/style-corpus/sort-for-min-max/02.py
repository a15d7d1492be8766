def highest(scores):
    return sorted(scores)[-1]  # expect: sort-for-min-max
