import random


# Quickselect with a random pivot and a three-way split, so runs of equal values
# cannot make it quadratic.
def find_kth_largest(nums, k):
    values = nums
    while True:
        pivot = random.choice(values)
        larger = [x for x in values if x > pivot]
        if k <= len(larger):
            values = larger
            continue
        equal = sum(1 for x in values if x == pivot)
        if k <= len(larger) + equal:
            return pivot
        k -= len(larger) + equal
        values = [x for x in values if x < pivot]
