def missing(value):
    return None == value  # expect: compare-to-none
