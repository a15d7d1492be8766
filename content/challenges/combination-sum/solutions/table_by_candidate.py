# Bottom-up, like counting the ways to pay an amount: ways[t] holds the combinations summing to
# t that use only the candidates seen so far. Taking candidates in the outer loop means each
# combination is built in one order only.
def combination_sum(candidates, target):
    ways = [[] for _ in range(target + 1)]
    ways[0] = [[]]
    for c in candidates:
        for t in range(c, target + 1):
            ways[t].extend(combo + [c] for combo in ways[t - c])
    return ways[target]
