# A common slip: after sorting, look for the first index that does not match, but forget that
# the missing number can be n itself (then every index matches).
def missing_number(nums):
    for i, x in enumerate(sorted(nums)):
        if i != x:
            return i
    return 0
