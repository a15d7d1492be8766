def positive(n):
    return True if n > 0 else False  # expect: needless-bool-return
