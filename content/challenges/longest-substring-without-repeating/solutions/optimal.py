def length_of_longest_substring(s: str) -> int:
    last: dict[str, int] = {}
    left = 0
    best = 0
    for right, ch in enumerate(s):
        if last.get(ch, -1) >= left:
            left = last[ch] + 1  # jump just past the earlier copy inside the window
        last[ch] = right
        best = max(best, right - left + 1)
    return best
