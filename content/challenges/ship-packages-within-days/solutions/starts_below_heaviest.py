# A common slip: searching from capacity 1. The greedy check never notices a package
# heavier than the ship, so with many days the answer comes out too small.
def ship_within_days(weights, days):
    def fits(capacity):
        used, load = 1, 0
        for w in weights:
            if load + w > capacity:
                used += 1
                load = 0
            load += w
        return used <= days

    lo, hi = 1, sum(weights)
    while lo < hi:
        mid = (lo + hi) // 2
        if fits(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo
