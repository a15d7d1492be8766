import heapq


# Correct but heavy: orders (is zero, position) pairs through a heap where one pass would do.
def move_zeros(nums):
    heap = [(x == 0, i, x) for i, x in enumerate(nums)]
    heapq.heapify(heap)
    nums[:] = [heapq.heappop(heap)[2] for _ in range(len(heap))]
