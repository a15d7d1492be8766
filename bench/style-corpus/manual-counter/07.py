def count_words_in_lines(lines):
    counts = {}
    for line in lines:
        for word in line.split():
            counts[word] = counts.get(word, 0) + 1  # expect: manual-counter
    return counts
