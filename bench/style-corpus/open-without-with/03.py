def count_lines(path):
    total = 0
    for _ in open(path):  # expect: open-without-with
        total += 1
    return total
