# The compact version: every node is a plain dict, and a sentinel key marks the end of a word.
_END = object()


class Trie:
    def __init__(self):
        self.root = {}

    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node[_END] = True

    def _walk(self, text):
        node = self.root
        for ch in text:
            node = node.get(ch)
            if node is None:
                return None
        return node

    def search(self, word):
        node = self._walk(word)
        return node is not None and _END in node

    def starts_with(self, prefix):
        return self._walk(prefix) is not None
