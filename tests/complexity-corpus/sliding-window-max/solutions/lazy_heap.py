from heapq import heappop, heappush


def window_max(nums, k):
    heap, out = [], []
    for i, x in enumerate(nums):
        heappush(heap, (-x, i))
        if i >= k - 1:
            while heap[0][1] <= i - k:
                heappop(heap)
            out.append(-heap[0][0])
    return out
