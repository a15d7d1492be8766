def window_max(nums, k):
    out = []
    for i in range(len(nums) - k + 1):
        m = nums[i]
        for j in range(i, i + k):
            m = max(m, nums[j])
        out.append(m)
    return out
