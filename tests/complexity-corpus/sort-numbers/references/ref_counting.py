def sort_numbers(nums):
    if not nums:
        return []
    counts = [0] * (max(nums) + 1)
    for x in nums:
        counts[x] += 1
    out = []
    for value, count in enumerate(counts):
        if count:
            out.extend([value] * count)
    return out
