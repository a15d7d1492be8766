def any_negative(nums):
    return any([n < 0 for n in nums])  # expect: comprehension-in-call
