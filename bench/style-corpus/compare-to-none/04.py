def present(values):
    return [v for v in values if v != None]  # expect: compare-to-none
