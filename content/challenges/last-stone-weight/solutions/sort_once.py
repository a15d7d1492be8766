# Sorts once and never again: the new stone y - x is put back on top even when it is
# lighter than stones still waiting.
def last_stone_weight(stones):
    pile = sorted(stones)
    while len(pile) > 1:
        y, x = pile.pop(), pile.pop()
        if y != x:
            pile.append(y - x)
    return pile[0] if pile else 0
