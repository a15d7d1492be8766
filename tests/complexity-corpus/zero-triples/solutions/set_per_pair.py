def count_zero_triples(nums):
    count = 0
    for i in range(len(nums)):
        seen = set()
        for j in range(i + 1, len(nums)):
            if -(nums[i] + nums[j]) in seen:
                count += 1
            seen.add(nums[j])
    return count
