# Brute force: grow every sequence of candidates until the total reaches or passes the target,
# and keep each sorted result once. The same multiset is reached in every order, so the search
# grows exponentially with the target even when the answer is tiny.
def combination_sum(candidates, target):
    found = set()

    def grow(path, total):
        if total == target:
            found.add(tuple(sorted(path)))
            return
        if total > target:
            return
        for c in candidates:
            grow(path + [c], total + c)

    grow([], 0)
    return [list(combo) for combo in found]
