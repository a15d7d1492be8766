from heapq import nlargest


def kth_largest(nums, k):
    return nlargest(k, nums)[-1]
