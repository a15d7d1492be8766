from collections import defaultdict


# A common slip: a set of characters forgets how often each one occurs,
# so "aab" and "abb" land in the same group.
def group_anagrams(words):
    groups = defaultdict(list)
    for word in words:
        groups[frozenset(word)].append(word)
    return list(groups.values())
