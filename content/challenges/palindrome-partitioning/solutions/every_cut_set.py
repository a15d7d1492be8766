# Brute force: each of the n - 1 gaps between letters is cut or not, so try all 2^(n-1) sets
# of cuts and keep those whose pieces are all palindromes. Most sets fail on their first piece,
# but they are all built anyway.
def partition(s):
    n = len(s)
    result = []
    for mask in range(1 << max(n - 1, 0)):
        pieces, start = [], 0
        for gap in range(1, n):
            if mask >> (gap - 1) & 1:
                pieces.append(s[start:gap])
                start = gap
        pieces.append(s[start:])
        if all(p == p[::-1] for p in pieces):
            result.append(pieces)
    return result
