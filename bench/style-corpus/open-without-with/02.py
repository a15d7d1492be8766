def load_text(path):
    return open(path).read().strip()  # expect: open-without-with
