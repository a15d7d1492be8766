def weighted_sum(scores, weights):
    total = 0
    for i in range(len(scores)):  # expect: range-len-loop
        total += scores[i] * weights[i]
    return total
