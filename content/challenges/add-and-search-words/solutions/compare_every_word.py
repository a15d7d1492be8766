# Brute force: compares the pattern with every stored word.
class WordDictionary:
    def __init__(self):
        self.words = []

    def add_word(self, word):
        self.words.append(word)

    def search(self, pattern):
        return any(
            len(word) == len(pattern) and all(p == "." or p == ch for p, ch in zip(pattern, word))
            for word in self.words
        )
