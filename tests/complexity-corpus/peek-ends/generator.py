# Random integers; the O(1) solutions only read the ends, everything else reads the whole list.


def generate(n, rng):
    return [rng.sample(range(4 * n), n)]
