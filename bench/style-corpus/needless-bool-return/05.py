def in_range(x, low, high):
    if x >= low and x <= high:  # expect: needless-bool-return
        return True
    else:
        return False
