def parse_all(items):
    values = []
    for item in items:
        try:
            values.append(float(item))
        except:  # expect: bare-except
            continue
    return values
