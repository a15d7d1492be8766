# Records the path list itself instead of a copy: every entry of the result is the same list,
# which the backtracking has emptied again by the time the function returns.
def partition(s):
    result, path = [], []

    def extend(start):
        if start == len(s):
            result.append(path)
            return
        for end in range(start + 1, len(s) + 1):
            piece = s[start:end]
            if piece == piece[::-1]:
                path.append(piece)
                extend(end)
                path.pop()

    extend(0)
    return result
