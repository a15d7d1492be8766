# Trusted input generator for complexity measurement (docs/content-format.md).
# n distinct points spread over a wide square in random order. Every approach considers all
# n(n-1)/2 possible links at least once: Prim with an array does n^2 work, Kruskal sorts the
# links (n^2 log n), and rescanning every inside-outside pair at each step costs n^3. Sizes stop
# at 4096 points: quadratic work beyond that cannot finish inside the measuring budget.
SIZES = [16, 32, 64, 128, 256, 512, 1024, 2048, 4096]


def generate(n, rng):
    n = max(n, 1)
    side = 4 * n + 16                      # 16 n^2 cells for n points: collisions are rare
    raw = memoryview(rng.randbytes(8 * n)).cast("I")
    seen = set()
    points = []
    for i in range(n):
        point = (raw[2 * i] % side, raw[2 * i + 1] % side)
        while point in seen:
            point = (rng.randrange(side), rng.randrange(side))
        seen.add(point)
        points.append(list(point))
    return [points]
