# Take the maximum out k times.
def find_kth_largest(nums, k):
    remaining = list(nums)
    for _ in range(k - 1):
        remaining.remove(max(remaining))
    return max(remaining)
