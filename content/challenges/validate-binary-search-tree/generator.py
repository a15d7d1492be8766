# Trusted input generator for complexity measurement (docs/content-format.md).
# n nodes in a valid search tree shaped like a caterpillar: a spine going right, each spine node
# with one leaf on its left, so the tree is n/2 deep. Every approach must visit every node to
# answer True, and checking every node against its whole subtree costs n + (n - 2) + ... :
# O(n^2). Values are spread out by a random step and include negatives.


def generate(n, rng):
    spine = max(n // 2, 1)
    step = 2 + rng.randrange(1000)

    def value(k):
        # Spine node j holds value(2j + 1); its left leaf value(2j), between it and spine node j - 1.
        return step * (k - spine)

    # Level order: the root, then each spine node's children (its leaf, the next spine node),
    # each pair after the two empty children of the previous leaf.
    values = [value(1)]
    for j in range(spine):
        if j > 0:
            values += [None, None]
        values.append(value(2 * j))
        if j + 1 < spine:
            values.append(value(2 * j + 3))
    return [values]
