def label(names, code):
    return names[code] if code in names else "unknown"  # expect: lbyl-key-check
