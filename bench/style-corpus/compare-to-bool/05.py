def validate(is_valid):
    if True == is_valid:  # expect: compare-to-bool
        print("ok")
