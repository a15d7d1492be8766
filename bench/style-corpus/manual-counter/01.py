def word_counts(words):
    counts = {}
    for word in words:
        if word in counts:  # expect: manual-counter
            counts[word] += 1
        else:
            counts[word] = 1
    return counts
