# A tempting shortcut: only compares each character with its neighbours, so repeats that
# are far apart ("abca") go unnoticed.
def first_non_repeating(s):
    for i, ch in enumerate(s):
        before = s[i - 1] if i > 0 else None
        after = s[i + 1] if i + 1 < len(s) else None
        if ch != before and ch != after:
            return ch
    return None
