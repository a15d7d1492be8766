import heapq


# A max-heap of (-value, index); entries that slid out of the window are discarded
# only when they reach the top.
def max_sliding_window(nums, k):
    heap = []
    result = []
    for i, x in enumerate(nums):
        heapq.heappush(heap, (-x, i))
        if i >= k - 1:
            while heap[0][1] <= i - k:
                heapq.heappop(heap)
            result.append(-heap[0][0])
    return result
