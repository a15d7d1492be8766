def get_setting(settings, name):
    return settings.get(name, "default")
