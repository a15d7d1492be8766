# A second stack holds the minimums; it grows only when a value is <= the current minimum.
class MinStack:
    def __init__(self):
        self.items = []
        self.mins = []

    def push(self, x):
        self.items.append(x)
        if not self.mins or x <= self.mins[-1]:
            self.mins.append(x)

    def pop(self):
        if self.items.pop() == self.mins[-1]:
            self.mins.pop()

    def top(self):
        return self.items[-1]

    def get_min(self):
        return self.mins[-1]
