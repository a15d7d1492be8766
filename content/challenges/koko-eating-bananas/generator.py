# Trusted input generator for complexity measurement (docs/content-format.md).
# n random piles of 1 to 4n bananas and h = n hours: one hour per pile, so the answer is the
# largest pile. Binary search over speeds takes log(4n) rounds of n piles each, O(n log n);
# trying speeds 1, 2, 3, ... (the brute force) runs all the way up to the largest pile, about
# 4n rounds of n piles, O(n²). (The largest pile grows with n so that both costs show.)


def generate(n, rng):
    piles = [1 + x % (4 * n) for x in memoryview(rng.randbytes(4 * n)).cast("I")]
    return [piles, n]
