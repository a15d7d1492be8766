def first_unique(s):
    counts = {}
    for ch in s:
        counts[ch] = counts.get(ch, 0) + 1  # expect: manual-counter
    for i, ch in enumerate(s):
        if counts[ch] == 1:
            return i
    return -1
