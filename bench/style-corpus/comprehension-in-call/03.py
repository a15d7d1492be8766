def all_words(items):
    return all([isinstance(i, str) for i in items])  # expect: comprehension-in-call
