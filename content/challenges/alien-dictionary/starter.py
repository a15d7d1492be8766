def alien_order(words: list[str]) -> str:
    """Return the letters of words in an order that sorts the list (alphabetically first on ties), or ""."""
    pass
