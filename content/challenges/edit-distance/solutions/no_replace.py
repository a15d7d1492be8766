# A common slip: only insertions and deletions, forgetting that one replacement costs 1, not 2.
def min_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ch in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, other in enumerate(b, 1):
            if ch == other:
                cur[j] = prev[j - 1]
            else:
                cur[j] = 1 + min(prev[j], cur[j - 1])
        prev = cur
    return prev[-1]
