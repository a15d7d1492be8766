def read_value(data, key):
    try:
        return data[key]
    except KeyError:
        return None
    except:  # expect: bare-except
        return None
