def describe(type):  # expect: shadowed-builtin
    return f"kind: {type}"
