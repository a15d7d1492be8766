def longest(words):
    return max([len(w) for w in words])  # expect: comprehension-in-call
