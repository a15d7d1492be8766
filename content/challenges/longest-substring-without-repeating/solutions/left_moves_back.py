# A common slip: jumping to the last occurrence even when it lies before the window,
# which moves the left edge backwards ("abba" gives 3).
def length_of_longest_substring(s):
    last = {}
    left = best = 0
    for right, ch in enumerate(s):
        if ch in last:
            left = last[ch] + 1
        last[ch] = right
        best = max(best, right - left + 1)
    return best
