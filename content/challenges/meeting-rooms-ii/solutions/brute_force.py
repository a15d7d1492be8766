def min_meeting_rooms(intervals):
    # The busiest moment is always the start of some meeting: count who is in the room then.
    best = 0
    for start, _ in intervals:
        busy = sum(1 for s, e in intervals if s <= start < e)
        best = max(best, busy)
    return best
