def setting(config, name):
    if name not in config:  # expect: lbyl-key-check
        value = "default"
    else:
        value = config[name]
    return value
