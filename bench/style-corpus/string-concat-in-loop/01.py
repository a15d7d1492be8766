def join_chars(chars):
    s = ""
    for c in chars:
        s += c  # expect: string-concat-in-loop
    return s
