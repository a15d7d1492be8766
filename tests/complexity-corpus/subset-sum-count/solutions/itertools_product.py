from itertools import compress, product


def count_subsets(nums, target):
    return sum(1 for picks in product((0, 1), repeat=len(nums)) if sum(compress(nums, picks)) == target)
