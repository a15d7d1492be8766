# A common slip: treating every zero as a dead end, although a longer jump can pass over it.
def can_jump(nums):
    return all(x > 0 for x in nums[:-1])
