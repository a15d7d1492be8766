import heapq


def kth_largest(nums, k):
    heap = [-x for x in nums]
    heapq.heapify(heap)
    for _ in range(k - 1):
        heapq.heappop(heap)
    return -heap[0]
