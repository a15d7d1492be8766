def erase_overlap_intervals(intervals: list[list[int]]) -> int:
    kept, last_end = 0, None
    # Keeping the interval that ends first leaves the most room for the rest.
    for start, end in sorted(intervals, key=lambda iv: iv[1]):
        if last_end is None or start >= last_end:
            kept += 1
            last_end = end
    return len(intervals) - kept
