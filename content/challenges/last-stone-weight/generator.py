# Trusted input generator for complexity measurement (docs/content-format.md).
# n random weights up to 10^9, so two stones almost never cancel: about n smashing rounds, each
# taking the two heaviest (log n with a heap). Re-sorting the pile every round (the brute force)
# costs O(n) a round even though the pile is almost sorted (Timsort finds the runs), O(n²) in all.


def generate(n, rng):
    return [[1 + x % 1_000_000_000 for x in memoryview(rng.randbytes(4 * n)).cast("I")]]
