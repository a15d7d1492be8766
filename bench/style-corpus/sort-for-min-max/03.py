def longest_word(words):
    return sorted(words, key=len)[-1]  # expect: sort-for-min-max
