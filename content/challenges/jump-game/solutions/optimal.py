def can_jump(nums: list[int]) -> bool:
    reach = 0  # the farthest index reachable so far
    for i, jump in enumerate(nums):
        if i > reach:
            return False
        reach = max(reach, i + jump)
    return True
