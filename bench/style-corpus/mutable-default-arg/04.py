class Basket:
    def __init__(self, items=list()):  # expect: mutable-default-arg
        self.items = items
