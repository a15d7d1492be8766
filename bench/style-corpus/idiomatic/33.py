def safe_ratio(a, b):
    return a / b if b != 0 else None
