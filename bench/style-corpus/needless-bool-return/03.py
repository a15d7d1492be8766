def is_odd(n):
    if n % 2 == 0:  # expect: needless-bool-return
        return False
    return True
