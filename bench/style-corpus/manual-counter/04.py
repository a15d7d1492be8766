def count_lengths(words):
    seen = {}
    for w in words:
        if len(w) not in seen:  # expect: manual-counter
            seen[len(w)] = 1
        else:
            seen[len(w)] += 1
    return seen
