from itertools import combinations


def two_sum(nums, target):
    for (i, a), (j, b) in combinations(enumerate(nums), 2):
        if a + b == target:
            return [i, j]
    return []
