def is_empty(items):
    if items is []:  # expect: is-literal
        return True
    return items is ()  # expect: is-literal
