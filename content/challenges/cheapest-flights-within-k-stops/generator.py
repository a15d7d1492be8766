# Trusted input generator for complexity measurement (docs/content-format.md).
# n cities: a chain 0 -> 1 -> ... -> n-1 of cheap flights hidden among 3n expensive ones, in
# random order, with k = n // 2 stops. The chain is too long for the stop limit, so the answer
# mixes chain flights and shortcuts, and fares keep improving for about k rounds: Bellman-Ford
# does k rounds over 4n flights (n^2 work), while following every route explodes. Sizes stop
# at 2048 cities: quadratic work beyond that cannot finish inside the measuring budget.
SIZES = [16, 32, 64, 128, 256, 512, 1024, 2048]


def generate(n, rng):
    n = max(n, 4)
    flights = [[i, i + 1, 1] for i in range(n - 1)]
    for _ in range(3 * n):
        u = rng.randrange(n)
        v = rng.randrange(n - 1)
        flights.append([u, v if v < u else v + 1, rng.randint(n, 10 * n)])
    rng.shuffle(flights)
    return [n, flights, 0, n - 1, n // 2]
