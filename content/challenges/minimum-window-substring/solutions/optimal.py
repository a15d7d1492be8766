from collections import Counter


def min_window(s: str, t: str) -> str:
    need = Counter(t)      # how many more of each character the window still needs (may go negative)
    missing = len(t)       # total characters of t not yet covered
    best_start, best_len = 0, 0
    left = 0
    for right, ch in enumerate(s):
        if need[ch] > 0:
            missing -= 1
        need[ch] -= 1
        while missing == 0:
            if best_len == 0 or right - left + 1 < best_len:
                best_start, best_len = left, right - left + 1
            gone = s[left]
            need[gone] += 1
            if need[gone] > 0:
                missing += 1
            left += 1
    return s[best_start:best_start + best_len]
