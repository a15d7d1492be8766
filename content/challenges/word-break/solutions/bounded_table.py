# ok[i]: the first i characters split into words. Only the last 1..longest characters can be
# the word that ends at i, so each position costs at most `longest` set lookups.
def word_break(s, word_dict):
    words = set(word_dict)
    longest = max(map(len, words))
    ok = [True] + [False] * len(s)
    for i in range(1, len(s) + 1):
        for j in range(i - 1, max(i - longest, 0) - 1, -1):
            if ok[j] and s[j:i] in words:
                ok[i] = True
                break
    return ok[-1]
