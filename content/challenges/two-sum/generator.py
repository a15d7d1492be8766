# Trusted input generator for complexity measurement (docs/content-format.md).
# Worst case for every approach: the only pair sits at the very end, so a scan that stops at the
# answer still reads everything, and the values come in random order, so sorting is real work.


def generate(n, rng):
    n = max(n, 2)
    # n - 2 random even numbers below 2^33 (made at C speed): any two of them sum to an even
    # number, never the odd target.
    nums = [2 * x for x in memoryview(rng.randbytes(4 * (n - 2))).cast("I")]
    # The answer: 2^39 + 1 and 2^39, summing to the odd target 2^40 + 1. A random even number
    # would need 2^39 as its partner (far above the range used) or an odd one (there is none).
    nums += [(1 << 39) + 1, 1 << 39]
    return [nums, (1 << 40) + 1]
