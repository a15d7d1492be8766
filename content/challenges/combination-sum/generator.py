# Trusted input generator for complexity measurement (docs/content-format.md).
# The target is n and the useful candidates are 2 and 3, plus decoys larger than any target:
# about n / 6 combinations of up to n / 2 values each, so a search that produces each
# combination once does about n^2 work in all, while growing every order of 2s and 3s takes
# exponentially many steps. Sizes stop at 512 because the answer itself grows like n^2.
SIZES = [8, 16, 32, 64, 128, 256, 512]


def generate(n, rng):
    candidates = [2, 3, 1000, 1001, 1003]
    rng.shuffle(candidates)
    return [candidates, n]
