# Trusted input generator for complexity measurement (docs/content-format.md).
# n is the number of virtual positions on the ring and of lookups: n/16 servers with 16 replicas
# each, then n/2 get_node calls, four servers added and four removed, then n/2 more get_node
# calls, all with random keys. Binary search over the sorted positions makes a lookup O(log n),
# so the run is O(n log n) with building the ring; scanning every position on each lookup (the
# brute force) is O(n) a lookup, O(n²) in all.
# Sizes stop at 16384: larger runs take longer to build than they could be timed in the budget.
SIZES = [2 ** k for k in range(4, 15)]
REPLICAS = 16


def generate(n, rng):
    servers = [f"cache-{i}" for i in range(max(1, n // REPLICAS))]
    keys = [f"user:{x}" for x in memoryview(rng.randbytes(4 * n)).cast("I")]
    half = n // 2
    operations = ["HashRing"] + ["get_node"] * half + ["add_node"] * 4 + ["remove_node"] * 4 + ["get_node"] * (n - half)
    arguments = ([[servers, REPLICAS]] + [[key] for key in keys[:half]]
                 + [[f"cache-new-{i}"] for i in range(4)] + [[servers[i % len(servers)]] for i in range(4)]
                 + [[key] for key in keys[half:]])
    return [operations, arguments]
