def squares(nums):
    result = []
    for n in nums:  # expect: append-in-loop
        result.append(n * n)
    return result
