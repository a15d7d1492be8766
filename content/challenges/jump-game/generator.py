# Trusted input generator for complexity measurement (docs/content-format.md).
# nums[i] = n - 2 - i: every position reaches exactly the second-to-last one, whose 0 is a dead
# end, so the last index is out of reach and the answer is False only at the very end. The
# greedy pass reads every position; checking every jump from every position (the brute force)
# finds no good index in any range, about n²/2 steps.


def generate(n, rng):
    if n < 2:
        return [[0] * n]
    return [list(range(n - 2, -1, -1)) + [rng.randrange(100_001)]]
