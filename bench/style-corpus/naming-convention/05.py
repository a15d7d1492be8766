class Binary_Tree:  # expect: naming-convention
    def __init__(self):
        self.root = None
