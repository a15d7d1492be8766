# Trusted input generator for complexity measurement (docs/content-format.md).
# n tasks and about 2n arrows, with no cycle: every approach must look at every task and arrow
# before it may answer False. The arrows follow a hidden random order of the tasks: a chain
# through all of them (so a search from every task, the brute force, reaches everything after
# it: about n²/2 visits) plus n random forward arrows. Task numbers are random and the chain's
# arrows are listed by task number, so neither gives the order away.


def generate(n, rng):
    if n < 2:
        return [n, []]
    keys = memoryview(rng.randbytes(4 * n)).cast("I")
    order = sorted(range(n), key=keys.__getitem__)  # position -> task
    position = [0] * n
    for i, task in enumerate(order):
        position[task] = i
    last = order[-1]
    edges = [[task, order[position[task] + 1]] for task in range(n) if task != last]
    picks = memoryview(rng.randbytes(8 * n)).cast("I")
    for a, b in zip(picks[:n], picks[n:]):
        a, b = a % n, b % n
        if a != b:
            edges.append([order[a], order[b]] if a < b else [order[b], order[a]])
    return [n, edges]
