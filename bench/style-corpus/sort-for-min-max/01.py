def cheapest(prices):
    return sorted(prices)[0]  # expect: sort-for-min-max
