def count_zero_triples(nums):
    a = sorted(nums)
    count = 0
    for i in range(len(a)):
        lo, hi = i + 1, len(a) - 1
        while lo < hi:
            s = a[i] + a[lo] + a[hi]
            if s == 0:
                count += 1
                lo += 1
                hi -= 1
            elif s < 0:
                lo += 1
            else:
                hi -= 1
    return count
