def to_lower_keys(mapping):
    for key in list(mapping):
        mapping[key.lower()] = mapping.pop(key)
    return mapping
