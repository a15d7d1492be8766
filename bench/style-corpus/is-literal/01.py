def is_zero(n):
    return n is 0  # expect: is-literal
