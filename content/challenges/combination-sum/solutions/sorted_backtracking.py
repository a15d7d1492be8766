# Build each combination in non-decreasing order: after choosing candidates[i], only
# candidates[i:] may follow, so every multiset is produced exactly once. Sorted input lets the
# loop stop at the first candidate larger than what is left.
def combination_sum(candidates, target):
    candidates = sorted(candidates)
    result, path = [], []

    def extend(start, remaining):
        if remaining == 0:
            result.append(path.copy())
            return
        for i in range(start, len(candidates)):
            c = candidates[i]
            if c > remaining:
                break
            path.append(c)
            extend(i, remaining - c)
            path.pop()

    extend(0, target)
    return result
