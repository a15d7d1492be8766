def read_lines(path):
    f = open(path)  # expect: open-without-with
    lines = f.readlines()
    f.close()
    return lines
