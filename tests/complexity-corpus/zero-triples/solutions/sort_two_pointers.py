def count_zero_triples(nums):
    nums = sorted(nums)
    found = 0
    for first in range(len(nums) - 2):
        left, right = first + 1, len(nums) - 1
        while left < right:
            total = nums[first] + nums[left] + nums[right]
            if total < 0:
                left += 1
            elif total > 0:
                right -= 1
            else:
                found += 1
                left += 1
                right -= 1
    return found
