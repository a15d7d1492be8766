def check_flags(flags):
    return [flag for flag in flags if flag is True]
