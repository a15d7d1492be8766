def expensive(prices, limit):
    names = []
    for name, price in prices.items():  # expect: append-in-loop
        if price > limit:
            names.append(name)
    return names
