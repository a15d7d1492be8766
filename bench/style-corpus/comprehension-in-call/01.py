def sum_squares(nums):
    return sum([n * n for n in nums])  # expect: comprehension-in-call
