# Precompute which slices are palindromes (a slice is one when its ends match and its inside
# is one), then backtrack: choose a palindromic first piece, partition the rest, undo.
def partition(s):
    n = len(s)
    pal = [[False] * (n + 1) for _ in range(n + 1)]   # pal[i][j]: s[i:j] reads the same both ways
    for i in range(n - 1, -1, -1):
        for j in range(i + 1, n + 1):
            pal[i][j] = s[i] == s[j - 1] and (j - i <= 2 or pal[i + 1][j - 1])
    result, path = [], []

    def extend(start):
        if start == n:
            result.append(path.copy())
            return
        for end in range(start + 1, n + 1):
            if pal[start][end]:
                path.append(s[start:end])
                extend(end)
                path.pop()

    extend(0)
    return result
