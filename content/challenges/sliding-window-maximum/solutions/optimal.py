from collections import deque


def max_sliding_window(nums: list[int], k: int) -> list[int]:
    # Indices whose values strictly decrease from front to back; the front is the window's maximum.
    window: deque[int] = deque()
    result: list[int] = []
    for i, x in enumerate(nums):
        while window and nums[window[-1]] <= x:
            window.pop()
        window.append(i)
        if window[0] == i - k:
            window.popleft()
        if i >= k - 1:
            result.append(nums[window[0]])
    return result
