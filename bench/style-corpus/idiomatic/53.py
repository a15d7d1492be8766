class Temperature:
    def __init__(self, celsius):
        self._celsius = celsius

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    def __eq__(self, other):
        if not isinstance(other, Temperature):
            return NotImplemented
        return self._celsius == other._celsius
