import json


def load(text):
    try:
        return json.loads(text)
    except:  # expect: bare-except
        print("bad json")
        return {}
