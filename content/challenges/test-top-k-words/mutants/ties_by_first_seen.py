import re
from collections import Counter


def top_k_words(text, k):
    if k < 0:
        raise ValueError("k must not be negative")
    counts = Counter(re.findall(r"[a-z]+", text.lower()))
    return counts.most_common(k)
