def two_sum(nums, target):
    index_of = {}
    for i, x in enumerate(nums):
        j = index_of.get(target - x)
        if j is not None:
            return [j, i]
        index_of[x] = i
    return []
