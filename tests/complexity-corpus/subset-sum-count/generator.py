# Counting subsets by brute force: sizes grow by one, not by doubling (2^n doubles each step).
# Powers of two as values make every subset sum distinct; the target is unreachable.
SIZES = list(range(4, 25))


def generate(n, rng):
    nums = [1 << i for i in range(n)]
    rng.shuffle(nums)
    return [nums, -1]
