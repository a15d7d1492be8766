def shout(str):  # expect: shadowed-builtin
    return str.upper()
