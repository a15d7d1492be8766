def kth_largest(nums, k):
    # Three-way partition around a median-of-three pivot; each round keeps one side.
    items = list(nums)
    while True:
        pivot = sorted((items[0], items[len(items) // 2], items[-1]))[1]
        larger = [x for x in items if x > pivot]
        if k <= len(larger):
            items = larger
            continue
        equal = sum(1 for x in items if x == pivot)
        if k <= len(larger) + equal:
            return pivot
        k -= len(larger) + equal
        items = [x for x in items if x < pivot]
