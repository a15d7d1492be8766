class Trie:
    """A prefix tree of strings."""

    def __init__(self):
        pass

    def insert(self, word: str) -> None:
        """Store word."""
        pass

    def search(self, word: str) -> bool:
        """Return True if word was inserted."""
        pass

    def starts_with(self, prefix: str) -> bool:
        """Return True if some inserted word begins with prefix."""
        pass
