def unknown(cache, key):
    if key not in cache.keys():  # expect: dict-keys-iteration
        print("miss")
