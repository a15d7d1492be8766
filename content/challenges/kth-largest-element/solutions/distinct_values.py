# A common slip: removing duplicates first, which counts distinct values instead of elements.
def find_kth_largest(nums, k):
    distinct = sorted(set(nums), reverse=True)
    return distinct[min(k, len(distinct)) - 1]
