def search(nums, target):
    for i, x in enumerate(nums):
        if x == target:
            return i
        if x > target:
            break
    return -1
