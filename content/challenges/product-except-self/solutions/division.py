# The shortcut the problem forbids: divide the total product. It breaks as soon as a zero appears.
import math


def product_except_self(nums):
    total = math.prod(nums)
    return [total // x for x in nums]
