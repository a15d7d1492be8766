def pick(a, b):
    result = a if a != None else b  # expect: compare-to-none
    return result
