def sort_numbers(nums):
    if len(nums) <= 1:
        return list(nums)
    pivot = nums[len(nums) // 2]
    less = [x for x in nums if x < pivot]
    equal = [x for x in nums if x == pivot]
    more = [x for x in nums if x > pivot]
    return sort_numbers(less) + equal + sort_numbers(more)
