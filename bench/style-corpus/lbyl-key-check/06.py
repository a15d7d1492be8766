def color(mapping, key):
    result = mapping[key] if key in mapping else None  # expect: lbyl-key-check
    return result
