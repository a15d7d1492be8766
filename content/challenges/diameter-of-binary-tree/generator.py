# Trusted input generator for complexity measurement (docs/content-format.md).
# n is the number of nodes. The tree is a single path that turns left or right at random (the
# constraints allow a tree as deep as it has nodes): measuring both subtree heights from
# scratch at every node (the brute force) then walks n²/2 nodes, while one post-order pass
# visits each node once. In level order a path reads root, then one (child, None) or
# (None, child) pair per level.


def generate(n, rng):
    if n == 0:
        return [[]]
    values = [x % 2001 - 1000 for x in memoryview(rng.randbytes(4 * n)).cast("I")]
    level_order = [values[0]]
    for value, side in zip(values[1:], rng.randbytes(n - 1)):
        level_order += (value, None) if side & 1 else (None, value)
    return [level_order]
