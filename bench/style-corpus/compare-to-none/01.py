def describe(value):
    if value == None:  # expect: compare-to-none
        return "nothing"
    return str(value)
