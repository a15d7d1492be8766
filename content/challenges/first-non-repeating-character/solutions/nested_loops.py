# Brute force: count each character by scanning the whole string again. O(n^2).
def first_non_repeating(s):
    for ch in s:
        count = 0
        for other in s:
            if other == ch:
                count += 1
        if count == 1:
            return ch
    return None
