def to_int(text):
    try:
        return int(text)
    except:  # expect: bare-except
        return 0
