def min_meeting_rooms(intervals: list[list[int]]) -> int:
    """Return the fewest rooms that can hold all meetings [start, end)."""
    pass
