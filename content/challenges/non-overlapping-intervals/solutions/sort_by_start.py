# A common slip: greedily keeping the interval that *starts* first; one long early interval
# then crowds out several short ones.
def erase_overlap_intervals(intervals):
    kept, last_end = 0, None
    for start, end in sorted(intervals):
        if last_end is None or start >= last_end:
            kept += 1
            last_end = end
    return len(intervals) - kept
