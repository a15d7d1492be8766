def show(prices):
    for item in prices.keys():  # expect: dict-keys-iteration
        print(item, prices[item])
