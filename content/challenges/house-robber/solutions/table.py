# The same recurrence with the whole table kept: best[i] covers the first i houses.
def rob(nums):
    best = [0] * (len(nums) + 1)
    for i, x in enumerate(nums, start=1):
        best[i] = max(best[i - 1], (best[i - 2] if i >= 2 else 0) + x)
    return best[-1]
