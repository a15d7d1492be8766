def partition(s: str) -> list[list[str]]:
    """Return every way to cut s into consecutive palindromic pieces."""
    pass
