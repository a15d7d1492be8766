class Account:
    def __init__(self, balance):
        self.balance = balance

    def can_pay(self, amount):
        if self.balance >= amount:  # expect: needless-bool-return
            return True
        return False
