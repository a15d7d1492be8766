def count_subsets(nums, target):
    sums = [0]
    for x in nums:
        sums += [s + x for s in sums]
    return sums.count(target)
