def kind(value):
    if type(value) == int:  # expect: type-comparison
        return "int"
    elif type(value) == str:  # expect: type-comparison
        return "str"
    return "other"
