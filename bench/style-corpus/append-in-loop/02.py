def evens(nums):
    out = []
    for n in nums:  # expect: append-in-loop
        if n % 2 == 0:
            out.append(n)
    return out
