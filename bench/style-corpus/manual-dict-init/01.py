def group_by_first_letter(words):
    groups = {}
    for word in words:
        if word[0] not in groups:  # expect: manual-dict-init
            groups[word[0]] = []
        groups[word[0]].append(word)
    return groups
