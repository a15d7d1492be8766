def count_zero_triples(nums):
    index = {x: i for i, x in enumerate(nums)}
    count = 0
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            k = index.get(-(nums[i] + nums[j]))
            if k is not None and k > j:
                count += 1
    return count
