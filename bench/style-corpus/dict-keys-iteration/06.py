class Cache:
    def __init__(self):
        self.store = {}

    def dump(self):
        for key in self.store.keys():  # expect: dict-keys-iteration
            print(key)
