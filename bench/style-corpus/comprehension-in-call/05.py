def shortest(words):
    return min([len(w) for w in words if w])  # expect: comprehension-in-call
