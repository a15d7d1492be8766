def lengths(mapping):
    return {k: len(k) for k in mapping.keys()}  # expect: dict-keys-iteration
