def ship_within_days(weights: list[int], days: int) -> int:
    def fits(capacity: int) -> bool:
        used, load = 1, 0
        for w in weights:
            if load + w > capacity:
                used += 1
                load = 0
            load += w
        return used <= days

    lo, hi = max(weights), sum(weights)  # must carry the heaviest; one day carries all
    while lo < hi:
        mid = (lo + hi) // 2
        if fits(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo
