def kth_largest(nums, k):
    # Median-of-three pivots on distinct values; each round keeps one side.
    items = list(nums)
    while True:
        a, b, c = items[0], items[len(items) // 2], items[-1]
        pivot = sorted((a, b, c))[1]
        larger = [x for x in items if x > pivot]
        if k <= len(larger):
            items = larger
            continue
        if k == len(larger) + 1:
            return pivot
        k -= len(larger) + 1
        items = [x for x in items if x < pivot]
