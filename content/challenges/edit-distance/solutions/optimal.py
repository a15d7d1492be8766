def min_distance(a: str, b: str) -> int:
    # prev[j]: edits turning the previous prefix of a into b[:j].
    prev = list(range(len(b) + 1))
    for i, ch in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, other in enumerate(b, 1):
            if ch == other:
                cur[j] = prev[j - 1]
            else:
                cur[j] = 1 + min(prev[j], cur[j - 1], prev[j - 1])
        prev = cur
    return prev[-1]
