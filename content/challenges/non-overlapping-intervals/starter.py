def erase_overlap_intervals(intervals: list[list[int]]) -> int:
    """Return the fewest intervals to remove so that the rest do not overlap."""
    pass
