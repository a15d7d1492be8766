def show(rows):
    for rowIndex, row in enumerate(rows):  # expect: naming-convention
        print(rowIndex, row)
