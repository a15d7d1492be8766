# Takes as many of the largest coin as fit, then the next: right for everyday coin
# systems, wrong in general ([1, 3, 4] and 6).
def coin_change(coins, amount):
    count = 0
    for c in sorted(coins, reverse=True):
        count += amount // c
        amount %= c
    return count if amount == 0 else -1
