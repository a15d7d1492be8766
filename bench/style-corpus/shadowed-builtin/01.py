def evens(nums):
    list = [n for n in nums if n % 2 == 0]  # expect: shadowed-builtin
    return list
