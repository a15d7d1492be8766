def price_of(prices, item):
    if item in prices:  # expect: lbyl-key-check
        price = prices[item]
    else:
        price = 0
    return price
