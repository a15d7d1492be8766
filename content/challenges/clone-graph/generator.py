# Trusted input generator for complexity measurement (docs/content-format.md).
# A connected undirected graph of n nodes (values 1..n) and about 2n edges, no self-loops or
# repeated edges: a random tree (each node joined to a random earlier one) plus n random extra
# edges, with values and neighbour lists in random order. Every approach visits every node and
# edge; remembering copies in a list of pairs (the brute force) scans it on each of the ~4n
# neighbour lookups, about 2n² steps. `Node` is the harness's graph node class.
# Sizes stop at 8192: building (and, for every call, rebuilding) a larger graph of objects would
# eat the time budget before any size is timed.
SIZES = [2 ** k for k in range(4, 14)]


def generate(n, rng):
    if n == 0:
        return [None]
    keys = memoryview(rng.randbytes(4 * n)).cast("I")
    nodes = [Node(value) for value in sorted(range(1, n + 1), key=lambda v: keys[v - 1])]
    picks = memoryview(rng.randbytes(12 * n)).cast("I")
    edges = {(picks[i] % i, i) for i in range(1, n)}
    for a, b in zip(picks[n:2 * n], picks[2 * n:]):
        a, b = a % n, b % n
        if a != b:
            edges.add((min(a, b), max(a, b)))
    for a, b in edges:  # set order: the lists come out in no particular order
        nodes[a].neighbors.append(nodes[b])
        nodes[b].neighbors.append(nodes[a])
    return [nodes[0]]
