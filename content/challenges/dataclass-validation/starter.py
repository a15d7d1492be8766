from dataclasses import dataclass, field


@dataclass
class Product:
    """A product with validated fields."""

    name: str
    price: float
    quantity: int = 0
    tags: list[str] = field(default_factory=list)

    def __post_init__(self):
        pass
