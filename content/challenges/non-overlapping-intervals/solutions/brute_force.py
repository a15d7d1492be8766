def erase_overlap_intervals(intervals):
    if not intervals:
        return 0
    items = sorted(intervals)
    # best[i]: the most non-overlapping intervals we can keep, ending with items[i].
    best = [1] * len(items)
    for i in range(len(items)):
        for j in range(i):
            if items[j][1] <= items[i][0]:
                best[i] = max(best[i], best[j] + 1)
    return len(items) - max(best)
