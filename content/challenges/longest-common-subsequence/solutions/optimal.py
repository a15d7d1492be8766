def longest_common_subsequence(a: str, b: str) -> int:
    # prev[j]: LCS of the previous prefix of a and b[:j]; one row at a time.
    prev = [0] * (len(b) + 1)
    for ch in a:
        cur = [0] * (len(b) + 1)
        for j, other in enumerate(b, 1):
            cur[j] = prev[j - 1] + 1 if ch == other else max(prev[j], cur[j - 1])
        prev = cur
    return prev[-1]
