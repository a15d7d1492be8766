import json


def load_config(path):
    config = json.load(open(path))  # expect: open-without-with
    return config
