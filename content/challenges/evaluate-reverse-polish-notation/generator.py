# Trusted input generator for complexity measurement (docs/content-format.md).
# All the numbers first, then all the operators: the stack grows to n/2 and every operator
# combines the two newest values. Splicing the first operator back into the list (the brute
# force) scans past every remaining number each time, about n²/4 steps. Only + and - are used,
# so intermediate values stay small (a chain of * would grow into huge integers and time the
# arithmetic, not the algorithm).


def generate(n, rng):
    count = max(1, (n + 1) // 2)
    numbers = [str(x % 2001 - 1000) for x in memoryview(rng.randbytes(4 * count)).cast("I")]
    operators = ["+-"[b & 1] for b in rng.randbytes(count - 1)]
    return [numbers + operators]
