# Trusted input generator for complexity measurement (docs/content-format.md).
# Random amounts in the allowed range (0..10,000), so no house can be skipped by rule: every
# approach weighs every house. Made at C speed from random bytes.


def generate(n, rng):
    return [[x % 10001 for x in memoryview(rng.randbytes(4 * n)).cast("I")]]
