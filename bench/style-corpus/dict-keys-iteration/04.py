def upper_keys(mapping):
    return [k.upper() for k in mapping.keys()]  # expect: dict-keys-iteration
