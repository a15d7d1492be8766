class Settings:
    def __init__(self):
        self.data = {}

    def get_value(self, key):
        if key in self.data:  # expect: lbyl-key-check
            return self.data[key]
        else:
            return -1
