from collections import deque


def window_max(nums, k):
    q = deque()
    result = []
    for i in range(len(nums)):
        if q and q[0] == i - k:
            q.popleft()
        while q and nums[q[-1]] < nums[i]:
            q.pop()
        q.append(i)
        if i + 1 >= k:
            result.append(nums[q[0]])
    return result
