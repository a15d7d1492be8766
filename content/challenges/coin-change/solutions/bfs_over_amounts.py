# Breadth first over amounts paid so far: level d holds the amounts reachable with d coins.
def coin_change(coins, amount):
    if amount == 0:
        return 0
    seen = [False] * (amount + 1)
    seen[0] = True
    frontier, coins_used = [0], 0
    while frontier:
        coins_used += 1
        following = []
        for paid in frontier:
            for c in coins:
                total = paid + c
                if total == amount:
                    return coins_used
                if total < amount and not seen[total]:
                    seen[total] = True
                    following.append(total)
        frontier = following
    return -1
