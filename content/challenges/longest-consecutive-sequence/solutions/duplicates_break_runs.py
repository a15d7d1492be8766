# A common slip: sorting without removing duplicates, so a repeated value restarts the run.
def longest_consecutive(nums):
    if not nums:
        return 0
    nums = sorted(nums)
    best = run = 1
    for a, b in zip(nums, nums[1:]):
        run = run + 1 if b == a + 1 else 1
        best = max(best, run)
    return best
