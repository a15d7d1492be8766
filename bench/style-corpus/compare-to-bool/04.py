def check(flag):
    if flag != False:  # expect: compare-to-bool
        return "on"
    return "off"
