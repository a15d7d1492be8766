def positions(pairs):
    idx = 0
    result = {}
    for key, value in pairs:  # expect: manual-index-counter
        result[key] = (idx, value)
        idx += 1
    return result
