def is_adult(age):
    if age >= 18:  # expect: needless-bool-return
        return True
    return False
