# Kahn's algorithm as in the optimal solution, but a word followed by its own prefix ("abc" then
# "ab") is silently accepted, though no alphabet puts it first.
import heapq


def alien_order(words):
    letters = set("".join(words))
    after = {c: set() for c in letters}
    waiting = dict.fromkeys(letters, 0)
    for first, second in zip(words, words[1:]):
        for a, b in zip(first, second):
            if a != b:
                if b not in after[a]:
                    after[a].add(b)
                    waiting[b] += 1
                break
    ready = [c for c in letters if waiting[c] == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        c = heapq.heappop(ready)
        order.append(c)
        for d in after[c]:
            waiting[d] -= 1
            if waiting[d] == 0:
                heapq.heappush(ready, d)
    return "".join(order) if len(order) == len(letters) else ""
