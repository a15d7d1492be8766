def top_value(counts):
    return sorted(counts.values())[-1]  # expect: sort-for-min-max
