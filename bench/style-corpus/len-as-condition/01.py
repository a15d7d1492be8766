def first(items):
    if len(items) == 0:  # expect: len-as-condition
        return None
    return items[0]
