def count_zero_triples(nums):
    total = 0
    for i, a in enumerate(nums):
        for j in range(i + 1, len(nums)):
            b = nums[j]
            for c in nums[j + 1:]:
                if a + b + c == 0:
                    total += 1
    return total
