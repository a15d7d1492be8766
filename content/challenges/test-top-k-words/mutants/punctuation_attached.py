from collections import Counter


def top_k_words(text, k):
    if k < 0:
        raise ValueError("k must not be negative")
    counts = Counter(word for word in text.lower().split() if any(c.isalpha() for c in word))
    ranked = sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))
    return ranked[:k]
