def can_jump(nums):
    n = len(nums)
    good = [False] * n
    good[-1] = True
    for i in range(n - 2, -1, -1):
        good[i] = any(good[j] for j in range(i + 1, min(n, i + nums[i] + 1)))
    return good[0]
