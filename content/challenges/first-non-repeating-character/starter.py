def first_non_repeating(s: str) -> str | None:
    """Return the first character of s that occurs exactly once, or None if there is none."""
    pass
