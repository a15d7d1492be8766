def word_break(s: str, word_dict: list[str]) -> bool:
    """Return True if s can be split into a sequence of words from word_dict (reuse allowed)."""
    pass
