def min_eating_speed(piles: list[int], h: int) -> int:
    def hours(k: int) -> int:
        return sum((p + k - 1) // k for p in piles)  # ceil(p / k) without floats

    lo, hi = 1, max(piles)  # max(piles) always works: one hour per pile
    while lo < hi:
        mid = (lo + hi) // 2
        if hours(mid) <= h:
            hi = mid  # fast enough: the answer is mid or slower
        else:
            lo = mid + 1
    return lo
