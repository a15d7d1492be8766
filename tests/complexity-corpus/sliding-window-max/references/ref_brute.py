def window_max(nums, k):
    out = []
    for start in range(len(nums) - k + 1):
        best = nums[start]
        for j in range(start + 1, start + k):
            if nums[j] > best:
                best = nums[j]
        out.append(best)
    return out
