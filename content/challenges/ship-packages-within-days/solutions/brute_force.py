# Try capacities upward from the heaviest package until one is enough.
def ship_within_days(weights, days):
    def days_needed(capacity):
        used, load = 1, 0
        for w in weights:
            if load + w > capacity:
                used += 1
                load = 0
            load += w
        return used

    capacity = max(weights)
    while days_needed(capacity) > days:
        capacity += 1
    return capacity
