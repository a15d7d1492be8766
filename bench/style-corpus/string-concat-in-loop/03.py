def csv_row(values):
    row = ""
    for i, value in enumerate(values):
        if i > 0:
            row += ","  # expect: string-concat-in-loop
        row += str(value)
    return row
