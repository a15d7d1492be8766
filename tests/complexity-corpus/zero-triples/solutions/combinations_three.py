from itertools import combinations


def count_zero_triples(nums):
    return sum(1 for a, b, c in combinations(nums, 3) if a + b + c == 0)
