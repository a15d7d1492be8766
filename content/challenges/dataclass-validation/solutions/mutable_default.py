# A classic slip: a mutable default. dataclasses refuses `tags: list = []` when the class is
# created (every instance would share one list), so the module does not even load.
from dataclasses import dataclass, field


def _is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


@dataclass
class Product:
    name: str
    price: float
    quantity: int = 0
    tags: list = []

    def __post_init__(self):
        if not isinstance(self.name, str):
            raise TypeError("name must be a str")
        self.name = self.name.strip()
        if not self.name:
            raise ValueError("name must not be empty")
        if not _is_number(self.price):
            raise TypeError("price must be a number")
        if self.price < 0:
            raise ValueError("price must not be negative")
        self.price = float(self.price)
        if not isinstance(self.quantity, int) or isinstance(self.quantity, bool):
            raise TypeError("quantity must be an int")
        if self.quantity < 0:
            raise ValueError("quantity must not be negative")
        if not isinstance(self.tags, list) or not all(isinstance(tag, str) for tag in self.tags):
            raise TypeError("tags must be a list of str")
        self.tags = list(self.tags)

    @property
    def total(self):
        return self.price * self.quantity
