# Trusted input generator for complexity measurement (docs/content-format.md).
# n is the number of operations, timed as one call. One hot key: n/2 sets with increasing
# timestamps, then n/2 gets at random timestamps (some before the first set). Binary search
# makes each get O(log n), O(n log n) in all; scanning the key's history from the newest entry
# reads about a quarter of it per get, O(n^2) in all.

# Sizes stop at 32768: the harness copies nested lists item by item for every call, and at
# 65536 making and copying the input costs more of the one-second budget than the call.

SIZES = [1 << k for k in range(4, 16)]


def generate(n, rng):
    n = max(n, 4)
    sets = n // 2
    gets = n - 1 - sets
    # Strictly increasing timestamps with random gaps of 1..64, far below 10^7 for these sizes.
    times, t = [], 0
    for gap in rng.randbytes(sets):
        t += gap % 64 + 1
        times.append(t)
    asked = [x % (t + 2) for x in memoryview(rng.randbytes(4 * gets)).cast("I")]
    operations = ["TimeMap"] + ["set"] * sets + ["get"] * gets
    arguments = [[]] + [["hot", str(ts), ts] for ts in times] + [["hot", ts] for ts in asked]
    return [operations, arguments]
