# Trusted input generator for complexity measurement (docs/content-format.md).
# Worst case for every approach: a run of a's that every word can cut, ending in a "b" no word
# contains, so nothing succeeds until the very end. The words are the runs a .. a*20: the
# longest word stays 20 letters whatever n is, so a table that only looks back 20 places does
# linear work, a table that looks back to 0 does quadratic work, and plain recursion explores
# every way of cutting the run.


def generate(n, rng):
    words = ["a" * k for k in range(1, 21)]
    rng.shuffle(words)
    return ["a" * (max(n, 2) - 1) + "b", words]
