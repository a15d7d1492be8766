# Compares every pair of words, not only neighbours. The extra edges are all implied by the
# neighbouring ones, so the answer is right, but there are n^2 / 2 pairs.
def alien_order(words):
    letters = set("".join(words))
    after = {c: set() for c in letters}
    for i in range(len(words)):
        for j in range(i + 1, len(words)):
            for a, b in zip(words[i], words[j]):
                if a != b:
                    after[a].add(b)
                    break
            else:
                if len(words[i]) > len(words[j]):
                    return ""
    waiting = dict.fromkeys(letters, 0)
    for c in letters:
        for d in after[c]:
            waiting[d] += 1
    order = []
    remaining = set(letters)
    while remaining:
        ready = [c for c in remaining if waiting[c] == 0]
        if not ready:
            return ""
        c = min(ready)
        order.append(c)
        remaining.remove(c)
        for d in after[c]:
            waiting[d] -= 1
    return "".join(order)
