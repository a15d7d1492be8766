from functools import reduce
from operator import xor


def single_number(nums: list[int]) -> int:
    # x ^ x == 0 and x ^ 0 == x, and ^ is commutative: every pair cancels, the single remains.
    return reduce(xor, nums, 0)
