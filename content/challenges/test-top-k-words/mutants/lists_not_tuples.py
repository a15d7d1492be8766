import re
from collections import Counter


def top_k_words(text, k):
    if k < 0:
        raise ValueError("k must not be negative")
    counts = Counter(re.findall(r"[a-z]+", text.lower()))
    ranked = sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))
    return [[word, count] for word, count in ranked[:k]]
