def not_found(index):
    return index is -1  # expect: is-literal
