# Brute force: re-sorts the whole pile every round.
def last_stone_weight(stones):
    pile = list(stones)
    while len(pile) > 1:
        pile.sort()
        y, x = pile.pop(), pile.pop()
        if y != x:
            pile.append(y - x)
    return pile[0] if pile else 0
