def numbered(lines):
    n = 1
    for line in lines:  # expect: manual-index-counter
        print(f"{n}: {line}")
        n += 1
