# Top-down: can the suffix starting at i be split? Each i is answered once (lru_cache), so the
# work is the same as the table: n positions, at most `longest` candidate words each.
from functools import lru_cache


def word_break(s, word_dict):
    words = set(word_dict)
    lengths = sorted({len(w) for w in words})

    @lru_cache(maxsize=None)
    def splits(i):
        if i == len(s):
            return True
        return any(s[i:i + k] in words and splits(i + k) for k in lengths if i + k <= len(s))

    return splits(0)
