def is_anagram(a, b):
    from collections import Counter
    return Counter(a) == Counter(b)
