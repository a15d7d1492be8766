# Trusted input generator for complexity measurement (docs/content-format.md).
# n is the number of nodes. The tree is a single path that turns left or right at random (the
# constraints allow a tree as deep as it has nodes): height n is the worst case for the walk
# from the root for every level (the brute force, n·h = n²/2 steps), and the queue of a
# level-by-level pass still visits each node once. In level order a path reads
# root, then one (child, None) or (None, child) pair per level.


def generate(n, rng):
    if n == 0:
        return [[]]
    values = [x % 2001 - 1000 for x in memoryview(rng.randbytes(4 * n)).cast("I")]
    level_order = [values[0]]
    for value, side in zip(values[1:], rng.randbytes(n - 1)):
        level_order += (value, None) if side & 1 else (None, value)
    return [level_order]
