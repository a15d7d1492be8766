def save(path, rows):
    out = open(path, "w")  # expect: open-without-with
    for row in rows:
        out.write(row + "\n")
    out.close()
