# A common slip: treating t as a set of characters, so repeated characters in t
# are only required once.
def min_window(s, t):
    wanted = set(t)
    have = {}
    left = 0
    best = ""
    for right, ch in enumerate(s):
        have[ch] = have.get(ch, 0) + 1
        while all(have.get(c, 0) > 0 for c in wanted):
            if not best or right - left + 1 < len(best):
                best = s[left:right + 1]
            have[s[left]] -= 1
            left += 1
    return best
