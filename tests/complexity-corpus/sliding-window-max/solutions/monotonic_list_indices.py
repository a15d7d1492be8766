def window_max(nums, k):
    # A list used as a deque with a moving head index instead of popleft.
    stack, head, out = [], 0, []
    for i, x in enumerate(nums):
        while len(stack) > head and nums[stack[-1]] <= x:
            stack.pop()
        stack.append(i)
        if stack[head] <= i - k:
            head += 1
        if i >= k - 1:
            out.append(nums[stack[head]])
    return out
