from collections import Counter, defaultdict


# Key by character counts instead of sorting: linear in the word length.
def group_anagrams(words):
    groups = defaultdict(list)
    for word in words:
        groups[frozenset(Counter(word).items())].append(word)
    return list(groups.values())
