# One pass over s recording each character's first index, or -1 once it repeats;
# then the smallest index among the characters seen once.
def first_non_repeating(s):
    first = {}
    for i, ch in enumerate(s):
        first[ch] = -1 if ch in first else i
    best = None
    for ch, index in first.items():
        if index != -1 and (best is None or index < first[best]):
            best = ch
    return best
