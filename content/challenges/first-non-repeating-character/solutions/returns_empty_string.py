# Right idea, wrong "no answer" value: "" is not None.
from collections import Counter


def first_non_repeating(s):
    counts = Counter(s)
    for ch in s:
        if counts[ch] == 1:
            return ch
    return ""
