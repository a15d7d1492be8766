def wait(ready):
    while ready == False:  # expect: compare-to-bool
        ready = poll()
    return ready


def poll():
    return True
