class Pair:
    def __init__(self, left, right):
        self.left = left
        self.right = right

    def flip(self):
        t = self.left  # expect: temp-swap
        self.left = self.right
        self.right = t
