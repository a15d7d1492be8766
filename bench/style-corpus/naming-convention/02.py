def average(values):
    totalSum = sum(values)  # expect: naming-convention
    return totalSum / len(values)
