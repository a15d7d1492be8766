# Binary search that copies half the list at every step: n/2 + n/4 + ... = O(n) copying.
def search(nums, target):
    offset = 0
    while nums:
        mid = len(nums) // 2
        if nums[mid] == target:
            return offset + mid
        if nums[mid] < target:
            offset += mid + 1
            nums = nums[mid + 1:]
        else:
            nums = nums[:mid]
    return -1
