class WordDictionary:
    """Stores words; search patterns may use '.' for any single letter."""

    def __init__(self):
        pass

    def add_word(self, word: str) -> None:
        """Store word."""
        pass

    def search(self, pattern: str) -> bool:
        """Return True if a stored word matches pattern ('.' matches any letter)."""
        pass
