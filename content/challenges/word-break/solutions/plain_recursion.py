# Brute force: try every word that starts the string, then split what is left. Without
# memory the same suffix is tried again through every different way of reaching it.
def word_break(s, word_dict):
    if s == "":
        return True
    return any(s.startswith(w) and word_break(s[len(w):], word_dict) for w in word_dict)
