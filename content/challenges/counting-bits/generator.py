# Trusted input generator for complexity measurement (docs/content-format.md).
# The input is the number itself: every approach fills n + 1 entries, so there is no easier n.


def generate(n, rng):
    return [n]
