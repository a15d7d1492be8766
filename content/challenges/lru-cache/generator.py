# Trusted input generator for complexity measurement (docs/content-format.md).
# n is the number of operations, timed as one call, so O(1) per operation is O(n) in all.
# The capacity grows with n (a quarter of it), so a cache that keeps its keys in a Python list
# pays O(capacity) per get or eviction and O(n^2) in all. First half: puts of new keys, which
# fill the cache and then evict on every put. Second half: gets and updates of keys still in the
# cache, picked at random, so every get is a hit that moves a key from anywhere in the order.

# Sizes stop at 32768: the harness copies nested lists item by item for every call, and at
# 65536 making and copying the input costs more of the one-second budget than the call.

SIZES = [1 << k for k in range(4, 16)]


def generate(n, rng):
    n = max(n, 4)
    capacity = n // 4 + 1
    half = n // 2
    # Random 32-bit keys (made at C speed): insertion order is the only order they share.
    keys = list(memoryview(rng.randbytes(4 * half)).cast("I"))
    present = keys[half - capacity:]  # what the cache holds after the puts
    picks = [present[x % capacity] for x in memoryview(rng.randbytes(4 * (n - 1 - half))).cast("I")]
    operations = ["LRUCache"] + ["put"] * half + ["get", "put"] * (len(picks) // 2) + ["get"] * (len(picks) % 2)
    arguments = [[capacity]] + [[key, i] for i, key in enumerate(keys)]
    arguments += [[key] if i % 2 == 0 else [key, i] for i, key in enumerate(picks)]
    return [operations, arguments]
