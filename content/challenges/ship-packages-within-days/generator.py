# Trusted input generator for complexity measurement (docs/content-format.md).
# n random weights of 1..500 and 3 days: the answer is about a third of the total weight S
# (about 250n), far above the heaviest package. Binary search over the capacities runs the
# O(n) check log S times: O(n log n), since S grows like n. Trying capacities one by one from
# the heaviest runs the check about S/3 times: O(n^2).


def generate(n, rng):
    n = max(n, 3)
    weights = [b % 250 + x % 250 + 1 for b, x in zip(rng.randbytes(n), rng.randbytes(n))]
    return [weights, 3]
