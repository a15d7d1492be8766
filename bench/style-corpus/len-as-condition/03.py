def describe(items):
    if not len(items):  # expect: len-as-condition
        print("empty")
