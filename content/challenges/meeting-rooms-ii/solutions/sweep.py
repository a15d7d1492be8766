def min_meeting_rooms(intervals):
    starts = sorted(s for s, _ in intervals)
    ends = sorted(e for _, e in intervals)
    rooms = best = j = 0
    for start in starts:
        while ends[j] <= start:  # meetings that ended by now free their rooms
            rooms -= 1
            j += 1
        rooms += 1
        best = max(best, rooms)
    return best
