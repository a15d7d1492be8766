class stack:  # expect: naming-convention
    def __init__(self):
        self.items = []
