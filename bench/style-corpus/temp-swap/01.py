def ordered(a, b):
    if a > b:
        temp = a  # expect: temp-swap
        a = b
        b = temp
    return a, b
