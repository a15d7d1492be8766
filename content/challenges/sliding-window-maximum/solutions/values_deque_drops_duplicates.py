from collections import deque


# A common slip: keeping values (not indices) in the deque and evicting by value.
# Popping equal values from the back loses a duplicate, so when the first copy
# leaves the window the maximum disappears with it.
def max_sliding_window(nums, k):
    window = deque()
    result = []
    for i, x in enumerate(nums):
        while window and window[-1] <= x:
            window.pop()
        window.append(x)
        if i >= k and window and window[0] == nums[i - k]:
            window.popleft()
        if i >= k - 1:
            result.append(window[0])
    return result
