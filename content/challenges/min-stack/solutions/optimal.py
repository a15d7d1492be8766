class MinStack:
    def __init__(self) -> None:
        # Each entry remembers the minimum of itself and everything below it.
        self._items: list[tuple[int, int]] = []

    def push(self, x: int) -> None:
        low = min(x, self._items[-1][1]) if self._items else x
        self._items.append((x, low))

    def pop(self) -> None:
        self._items.pop()

    def top(self) -> int:
        return self._items[-1][0]

    def get_min(self) -> int:
        return self._items[-1][1]
