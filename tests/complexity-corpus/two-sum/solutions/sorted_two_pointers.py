def two_sum(nums, target):
    pairs = sorted((x, i) for i, x in enumerate(nums))
    lo, hi = 0, len(pairs) - 1
    while lo < hi:
        total = pairs[lo][0] + pairs[hi][0]
        if total == target:
            return sorted([pairs[lo][1], pairs[hi][1]])
        if total < target:
            lo += 1
        else:
            hi -= 1
    return []
