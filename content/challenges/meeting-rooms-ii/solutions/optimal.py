import heapq


def min_meeting_rooms(intervals: list[list[int]]) -> int:
    ends: list[int] = []  # end times of the meetings in progress, smallest first
    for start, end in sorted(intervals):
        if ends and ends[0] <= start:
            heapq.heapreplace(ends, end)  # that room is free again: reuse it
        else:
            heapq.heappush(ends, end)
    return len(ends)
