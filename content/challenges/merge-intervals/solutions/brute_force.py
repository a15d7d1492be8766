# Add intervals one at a time, absorbing every merged interval the new one overlaps.
def merge_intervals(intervals):
    merged = []
    for start, end in intervals:
        kept = []
        for a, b in merged:
            if a <= end and start <= b:
                start, end = min(start, a), max(end, b)
            else:
                kept.append([a, b])
        kept.append([start, end])
        merged = kept
    return sorted(merged)
