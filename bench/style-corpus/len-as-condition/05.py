def has_errors(errors):
    if len(errors) >= 1:  # expect: len-as-condition
        print("errors found")
