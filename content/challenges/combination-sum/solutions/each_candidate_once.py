# Recurses with i + 1 instead of i, so a candidate can be used only once: that is a different
# problem, and it misses [2, 2, 3] and every other combination that repeats a value.
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
            extend(i + 1, remaining - c)
            path.pop()

    extend(0, target)
    return result
