# Trusted input generator for complexity measurement (docs/content-format.md).
# The work is one step per base-62 digit, so the time grows like the logarithm of the number.
# The number is n^8 - 1 (the largest below n^8, so it has the most digits for its size): the
# logarithm is 8 log n, the same class as log n, and the sizes 16 to 65536 cover numbers from
# 2^32 to 2^128 (the constraint), 6 to 22 digits. The number n itself would give at most 6 digits
# inside the sizes a timing run can name, too little growth to tell from a constant.


def generate(n, rng):
    return [n ** 8 - 1]
