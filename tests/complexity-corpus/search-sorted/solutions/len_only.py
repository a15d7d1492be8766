# Wrong, but constant time: it only looks at the ends.
def search(nums, target):
    if nums and nums[-1] == target:
        return len(nums) - 1
    return -1
