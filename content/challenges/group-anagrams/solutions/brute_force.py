# Compare each word with the first word of every group found so far.
def group_anagrams(words):
    groups = []
    for word in words:
        key = sorted(word)
        for group in groups:
            if len(group[0]) == len(word) and sorted(group[0]) == key:
                group.append(word)
                break
        else:
            groups.append([word])
    return groups
