# Trusted input generator for complexity measurement (docs/content-format.md).
# n counts the numbers: n/2 random initial numbers, k = n/4 + 1, then n/2 calls to add with
# rising values, so every added number enters the top k (the heap does a full log k
# replacement each time). A heap of k makes the run O(n log n); sorting everything on each add
# (the brute force) costs O(n) an add even on a list that is sorted but for the new value
# (Timsort finds the runs), O(n²) in all.


def generate(n, rng):
    start = max(1, n // 2)
    nums = [x - (1 << 31) for x in memoryview(rng.randbytes(4 * start)).cast("I")]
    steps = memoryview(rng.randbytes(2 * max(1, n - start))).cast("H")
    value, adds = 1 << 31, []
    for step in steps:
        value += 1 + step
        adds.append([value])
    return [["KthLargest"] + ["add"] * len(adds), [[start // 2 + 1, nums]] + adds]
