# Trusted input generator for complexity measurement (docs/content-format.md).
# n is the number of nodes; there are 4n - 1 links. A chain 1 -> 2 -> ... -> n of zero-delay
# links, listed from the far end back, plus 3n random forward links with delays 1..1000 that
# never beat the chain. Dijkstra settles the chain in order while every random link leaves a
# stale entry in the heap, which grows to about 3n: O(E log V) = O(n log n). Relaxing every link
# until nothing changes moves the chain's distances one node per round, as the links come in
# the worst order: n - 1 rounds over 4n links, O(n^2). Sizes stop at 16384 nodes: building
# 65536 links already takes a large share of the time budget.

SIZES = [1 << k for k in range(4, 15)]


def generate(n, rng):
    n = max(n, 2)
    m = 3 * n
    raw = memoryview(rng.randbytes(4 * 3 * m)).cast("I")
    starts = [x % (n - 1) + 1 for x in raw[:m]]                              # 1 .. n-1
    ends = [u + 1 + x % (n - u) for u, x in zip(starts, raw[m:2 * m])]       # u+1 .. n
    delays = [x % 1000 + 1 for x in raw[2 * m:]]
    times = [[u, u + 1, 0] for u in range(n - 1, 0, -1)]
    times += [[u, v, w] for u, v, w in zip(starts, ends, delays)]
    return [times, n, 1]
