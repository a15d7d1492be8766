# Greedy: always cut the longest word that fits. Fast, but a long word can steal letters the
# next word needed ("carpet" with car, carp, pet cuts carp and is stuck on "et").
def word_break(s, word_dict):
    by_length = sorted(set(word_dict), key=len, reverse=True)
    i = 0
    while i < len(s):
        for w in by_length:
            if s.startswith(w, i):
                i += len(w)
                break
        else:
            return False
    return True
