def ask():
    input = "yes"  # expect: shadowed-builtin
    return input == "yes"
