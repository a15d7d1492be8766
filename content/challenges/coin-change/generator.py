# Trusted input generator for complexity measurement (docs/content-format.md).
# n is the amount; the coins are 12 distinct random odd values from 3 to 99 (odd, so no coin
# divides the others' sums evenly, and no 1 to make every amount trivial). The answer needs
# about n/99 coins: the table fills every amount below n with 12 tries each, the search over
# amounts meets nearly every amount before it reaches n, and the plain recursion is exponential.


def generate(n, rng):
    return [rng.sample(range(3, 100, 2), 12), n]
