# Backtracking that checks each candidate first piece by comparing it with its reverse. Simple,
# and only palindromic pieces are ever extended, so dead ends are cut at once.
def partition(s):
    result, path = [], []

    def extend(start):
        if start == len(s):
            result.append(path.copy())
            return
        for end in range(start + 1, len(s) + 1):
            piece = s[start:end]
            if piece == piece[::-1]:
                path.append(piece)
                extend(end)
                path.pop()

    extend(0)
    return result
