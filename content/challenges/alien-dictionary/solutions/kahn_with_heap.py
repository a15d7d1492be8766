# Only neighbouring words carry new information: their first differing letters give one edge
# "earlier -> later". Then Kahn's topological sort, taking the smallest ready letter each time
# (a min-heap) so that ties are broken alphabetically.
import heapq


def alien_order(words):
    letters = set("".join(words))
    after = {c: set() for c in letters}
    waiting = dict.fromkeys(letters, 0)           # how many letters must come before each one
    for first, second in zip(words, words[1:]):
        for a, b in zip(first, second):
            if a != b:
                if b not in after[a]:
                    after[a].add(b)
                    waiting[b] += 1
                break
        else:
            if len(first) > len(second):
                return ""                         # a word before its own prefix: no order fits
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
    return "".join(order) if len(order) == len(letters) else ""   # leftovers sit on a cycle
