# A trie without an end-of-word flag: any stored prefix matches as if it were a word.
class WordDictionary:
    def __init__(self):
        self.root = {}

    def add_word(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})

    def search(self, pattern):
        def match(node, i):
            if i == len(pattern):
                return True
            ch = pattern[i]
            if ch == ".":
                return any(match(child, i + 1) for child in node.values())
            return ch in node and match(node[ch], i + 1)

        return match(self.root, 0)
