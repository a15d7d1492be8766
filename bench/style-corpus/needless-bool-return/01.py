def is_even(n):
    if n % 2 == 0:  # expect: needless-bool-return
        return True
    else:
        return False
