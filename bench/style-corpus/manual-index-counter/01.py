def show(lines):
    i = 0
    for line in lines:  # expect: manual-index-counter
        print(i, line)
        i += 1
