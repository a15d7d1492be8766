def read_numbers(path):
    with open(path, encoding="utf-8") as f:
        return [int(line) for line in f if line.strip()]
