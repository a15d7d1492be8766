def merge(a, b):
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] < b[j]:
            out.append(a[i]); i += 1
        else:
            out.append(b[j]); j += 1
    return out + a[i:] + b[j:]


def sort_numbers(nums):
    if len(nums) < 2:
        return nums[:]
    half = len(nums) // 2
    return merge(sort_numbers(nums[:half]), sort_numbers(nums[half:]))
