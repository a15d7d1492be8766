def min_window(s: str, t: str) -> str:
    """Return the shortest (then leftmost) substring of s containing all of t's characters, with repeats; "" if none."""
    pass
