import heapq


def find_kth_largest(nums: list[int], k: int) -> int:
    # A min-heap of the k largest values seen so far; its root is the kth largest.
    heap: list[int] = []
    for x in nums:
        if len(heap) < k:
            heapq.heappush(heap, x)
        elif x > heap[0]:
            heapq.heapreplace(heap, x)
    return heap[0]
