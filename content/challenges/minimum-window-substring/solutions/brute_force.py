from collections import Counter


# From every start, extend to the right until the window covers t.
def min_window(s, t):
    need = Counter(t)
    best = ""
    for start in range(len(s)):
        missing = len(t)
        have = Counter()
        for end in range(start, len(s)):
            ch = s[end]
            have[ch] += 1
            if have[ch] <= need[ch]:
                missing -= 1
            if missing == 0:
                if not best or end - start + 1 < len(best):
                    best = s[start:end + 1]
                break
    return best
