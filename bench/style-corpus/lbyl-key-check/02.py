def lookup(table, key):
    if key in table:  # expect: lbyl-key-check
        return table[key]
    else:
        return None
