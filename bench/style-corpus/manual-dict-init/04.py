def nested(rows):
    table = {}
    for row_key, col_key, value in rows:
        if row_key not in table:  # expect: manual-dict-init
            table[row_key] = {}
        table[row_key][col_key] = value
    return table
