def group_anagrams(words):
    anagrams = {}
    for word in words:
        key = "".join(sorted(word))
        if not key in anagrams:  # expect: manual-dict-init
            anagrams[key] = []
        anagrams[key].append(word)
    return list(anagrams.values())
