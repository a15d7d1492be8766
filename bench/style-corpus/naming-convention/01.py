def maxProfit(prices):  # expect: naming-convention
    return 0
