def find_words(board: list[list[str]], words: list[str]) -> list[str]:
    """Return the words that can be traced on board through side-by-side cells, each cell at most once per word."""
    pass
