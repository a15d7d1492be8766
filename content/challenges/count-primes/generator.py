# Trusted input generator for complexity measurement (docs/content-format.md).
# The input is the number itself. The sieve runs at C speed (slicing a bytearray), so sizes go
# up to about a million for its time to rise clearly above the fixed cost of a call; the
# division-based approaches stop inside the budget long before that.
SIZES = [2 ** k for k in range(4, 21)]


def generate(n, rng):
    return [n]
