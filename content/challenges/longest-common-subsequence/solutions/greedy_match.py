# A tempting shortcut: match each character of a with the next occurrence in b. Matching early
# can skip past better matches, so it undercounts.
def longest_common_subsequence(a, b):
    count, pos = 0, 0
    for ch in a:
        found = b.find(ch, pos)
        if found != -1:
            count += 1
            pos = found + 1
    return count
