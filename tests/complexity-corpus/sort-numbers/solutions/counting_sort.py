from collections import Counter


def sort_numbers(nums):
    counts = Counter(nums)
    out = []
    for value in range(max(nums, default=-1) + 1):
        out.extend([value] * counts[value])
    return out
