class Node:
    def __init__(self, val):
        self.val = val
        self.left = None

    def has_left(self):
        return self.left != None  # expect: compare-to-none
