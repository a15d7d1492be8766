from dataclasses import dataclass, field


@dataclass
class Order:
    id: int
    items: list = field(default_factory=list)

    def total(self):
        return sum(item.price for item in self.items)
