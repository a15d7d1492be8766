def first_line(path):
    handle = open(path, encoding="utf-8")  # expect: open-without-with
    try:
        return handle.readline()
    finally:
        handle.close()
