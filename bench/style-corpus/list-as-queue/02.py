def reverse_copy(items):
    out = []
    for item in items:
        out.insert(0, item)  # expect: list-as-queue
    return out
