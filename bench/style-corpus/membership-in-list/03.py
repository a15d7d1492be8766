def clean(words):
    banned = ["the", "a", "an", "of"]
    kept = []
    for word in words:
        if word not in banned:  # expect: membership-in-list
            kept.append(word)
            print(word)
    return kept
