# A common slip: one variable for the minimum. After the minimum is popped,
# nothing remembers the minimum of what is left.
class MinStack:
    def __init__(self):
        self.items = []
        self.low = None

    def push(self, x):
        self.items.append(x)
        if self.low is None or x < self.low:
            self.low = x

    def pop(self):
        self.items.pop()
        if not self.items:
            self.low = None

    def top(self):
        return self.items[-1]

    def get_min(self):
        return self.low
