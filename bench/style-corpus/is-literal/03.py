def has_text(s):
    return s is not ""  # expect: is-literal
