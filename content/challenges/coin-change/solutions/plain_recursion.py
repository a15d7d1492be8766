# Brute force: tries every last coin without remembering answers. Exponential.
def coin_change(coins, amount):
    def fewest(a):
        if a == 0:
            return 0
        best = float("inf")
        for c in coins:
            if c <= a:
                best = min(best, 1 + fewest(a - c))
        return best

    answer = fewest(amount)
    return -1 if answer == float("inf") else answer
