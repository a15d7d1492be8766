# Trusted input generator for complexity measurement (docs/content-format.md).
# n tasks and about 2n arrows, with no cycle: every approach must look at every task and arrow
# before it may answer False. The arrows follow a hidden random order of the tasks: a chain
# through all of them (so a search from every task, the brute force, reaches everything after
# it: about n²/2 visits) plus n random forward arrows. Task numbers are random and the chain's
# arrows are listed by task number, so neither gives the order away.
# Sizes stop at 16384: a larger graph takes longer to build than it could be timed in the budget.
SIZES = [2 ** k for k in range(4, 15)]


def generate(n, rng):
    if n < 2:
        return [n, []]
    keys = memoryview(rng.randbytes(4 * n)).cast("I")
    order = sorted(range(n), key=keys.__getitem__)  # position -> task
    following = dict(zip(order, order[1:]))
    edges = [[task, following[task]] for task in range(n) if task in following]
    picks = memoryview(rng.randbytes(8 * n)).cast("I")
    pairs = [(a % n, b % n) for a, b in zip(picks[:n], picks[n:])]
    edges += [[order[a], order[b]] if a < b else [order[b], order[a]] for a, b in pairs if a != b]
    return [n, edges]
