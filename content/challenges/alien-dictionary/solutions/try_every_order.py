# Brute force: try the orders of the letters in alphabetical order of the orders themselves, and
# return the first that sorts the list. Up to 26! orders.
from itertools import permutations


def alien_order(words):
    letters = sorted(set("".join(words)))
    for order in permutations(letters):
        rank = {c: i for i, c in enumerate(order)}
        keys = [[rank[c] for c in w] for w in words]
        if all(keys[i] <= keys[i + 1] for i in range(len(keys) - 1)):
            return "".join(order)
    return ""
