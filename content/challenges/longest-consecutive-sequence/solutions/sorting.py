def longest_consecutive(nums):
    best = run = 0
    previous = None
    for x in sorted(set(nums)):
        run = run + 1 if previous is not None and x == previous + 1 else 1
        best = max(best, run)
        previous = x
    return best
