def known(cache, key):
    return key in cache.keys()  # expect: dict-keys-iteration
