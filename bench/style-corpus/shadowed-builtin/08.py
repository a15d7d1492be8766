def total(nums):
    sum = 0  # expect: shadowed-builtin
    for n in nums:
        sum += n
    return sum
