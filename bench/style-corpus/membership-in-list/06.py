def filter_ids(records, allowed_ids):
    allowed = [r for r in allowed_ids]
    result = {}
    for key, value in records.items():
        if key in allowed:  # expect: membership-in-list
            result[key] = value
    return result
