# Forgets to mark where words end, so every stored prefix also counts as a word.
class Trie:
    def __init__(self):
        self.root = {}

    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})

    def _walk(self, text):
        node = self.root
        for ch in text:
            node = node.get(ch)
            if node is None:
                return None
        return node

    def search(self, word):
        return self._walk(word) is not None

    def starts_with(self, prefix):
        return self._walk(prefix) is not None
