def sort_numbers(nums):
    if len(nums) <= 1:
        return list(nums)
    mid = len(nums) // 2
    left, right = sort_numbers(nums[:mid]), sort_numbers(nums[mid:])
    out, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out
