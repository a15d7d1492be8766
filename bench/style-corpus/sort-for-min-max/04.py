def best(scores):
    top = sorted(scores, reverse=True)[0]  # expect: sort-for-min-max
    return top
