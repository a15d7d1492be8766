# A sorted list of n distinct even numbers and an odd target just below the last one: absent, so
# a scan reads everything and a binary search runs its full depth.


def generate(n, rng):
    nums = list(range(0, 2 * n, 2))
    return [nums, 2 * n - 3]
