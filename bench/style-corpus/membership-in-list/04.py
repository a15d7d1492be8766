def smallest_missing(nums):
    positives = [n for n in nums if n > 0]
    candidate = 1
    while candidate in positives:  # expect: membership-in-list
        candidate += 1
    return candidate
