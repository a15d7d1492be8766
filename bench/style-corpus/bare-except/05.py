def divide(a, b):
    try:
        result = a / b
    except:  # expect: bare-except
        result = None
    return result
